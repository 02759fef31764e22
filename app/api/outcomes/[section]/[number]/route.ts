import type { NextRequest } from 'next/server';
import { getOutcome } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { notFound, readLanguage, toApiDetail } from '@/lib/outcomes/api';

/**
 * One item with its places, source lines and related items, labelled in `lang`; 404 for a
 * number this copy lacks.
 */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ section: string; number: string }> },
) {
  const read = readLanguage(request.nextUrl.searchParams);
  if (read instanceof Response) return read;
  const { section, number } = await params;
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  const text = read.locale.messages.outcomes.api;
  if (lookup === null) return notFound({ error: text.notFound });
  if (lookup.status === 'missing') {
    return notFound({
      error: text.missing(lookup.number),
      missing: true,
      section: lookup.section,
      number: lookup.number,
      category: lookup.category.value,
    });
  }
  return Response.json(toApiDetail(read.locale, catalogue, lookup.outcome), {
    headers: { 'Catalogue-Version': catalogue.version },
  });
}
