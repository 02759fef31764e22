import { getOutcome } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';
import { notFound, toApiDetail } from '@/lib/outcomes/api';

/** One item with its places, source lines and related items; 404 for a number this copy lacks. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ section: string; number: string }> },
) {
  const { section, number } = await params;
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  const text = DEFAULT_LOCALE.messages.outcomes.api;
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
  return Response.json(toApiDetail(DEFAULT_LOCALE, catalogue, lookup.outcome), {
    headers: { 'Catalogue-Version': catalogue.version },
  });
}
