import type { NextRequest } from 'next/server';
import { viewCitations } from '@/lib/share/citation-routes';

/** Every match of a view cited, as BibTeX. */
export function GET(request: NextRequest) {
  return viewCitations(request, 'bib');
}
