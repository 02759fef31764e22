import type { NextRequest } from 'next/server';
import { itemCitation } from '@/lib/share/citation-routes';

/** One item cited: `citation.ris`, `citation.bib` or `citation.csl.json`; `lang` for the note. */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ section: string; number: string; file: string }> },
) {
  return itemCitation(request, await params);
}
