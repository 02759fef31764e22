import type { NextRequest } from 'next/server';
import { exportOutcomes, getOutcome, knownValues, readApiAddress } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { API_LANGUAGES, apiLocale, badRequest, notFound } from '@/lib/outcomes/api';
import { CITATION_FORMATS, type CitationFormat } from '@/lib/routes';
import { citationResponse, toCsl } from './citation';

/** The citations of every match of a view (the list page's parameters, `lang` for the notes). */
export async function viewCitations(
  request: NextRequest,
  format: CitationFormat,
): Promise<Response> {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(
    request.nextUrl.searchParams,
    knownValues(catalogue),
    API_LANGUAGES,
  );
  if (!address.ok) return badRequest(address.issues);
  const locale = apiLocale(address.lang);
  const { rows } = exportOutcomes(catalogue, address.filters);
  const items = rows.map((item) => toCsl(locale, catalogue, item));
  return citationResponse(
    format,
    items,
    locale.messages.outcomes.export.fileName,
    catalogue.version,
  );
}

/** One item's citation, by the file name its page links to. */
export async function itemCitation(
  request: NextRequest,
  { section, number, file }: { section: string; number: string; file: string },
): Promise<Response> {
  const format = (Object.keys(CITATION_FORMATS) as CitationFormat[]).find(
    (key) => CITATION_FORMATS[key] === file,
  );
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  const text = apiLocale(null).messages.outcomes.api;
  if (!format || lookup?.status !== 'found') return notFound({ error: text.notFound });
  const lang = request.nextUrl.searchParams.get('lang');
  const unknown = [...request.nextUrl.searchParams.keys()].filter((param) => param !== 'lang');
  if (unknown.length > 0 || (lang !== null && !API_LANGUAGES.includes(lang))) {
    return badRequest([
      ...unknown.map((param) => ({
        param,
        value: request.nextUrl.searchParams.get(param) ?? '',
        reason: 'unknown' as const,
      })),
      ...(lang !== null && !API_LANGUAGES.includes(lang)
        ? [{ param: 'lang', value: lang, reason: 'invalid' as const }]
        : []),
    ]);
  }
  const { item } = lookup.outcome;
  return citationResponse(
    format,
    [toCsl(apiLocale(lang), catalogue, item)],
    item.key,
    catalogue.version,
  );
}
