import type { NextRequest } from 'next/server';
import { exportOutcomes, getOutcome } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { answerView, notFound, readLanguage } from '@/lib/outcomes/api';
import { CITATION_FORMAT_KEYS, type CitationFormat, citationFile } from '@/lib/paths';
import { citationResponse, toCsl } from './citation';

/** The citations of every match of a view (the list page's parameters, `lang` for the notes). */
export function viewCitations(request: NextRequest, format: CitationFormat): Promise<Response> {
  return answerView(request.nextUrl.searchParams, ({ catalogue, filters, locale }) => {
    const { rows } = exportOutcomes(catalogue, filters);
    const items = rows.map((item) => toCsl(locale, catalogue, item));
    return citationResponse(
      format,
      items,
      locale.messages.outcomes.export.fileName,
      catalogue.version,
    );
  });
}

/** One item's citation, by the file name its page links to. */
export async function itemCitation(
  request: NextRequest,
  { section, number, file }: { section: string; number: string; file: string },
): Promise<Response> {
  const format = CITATION_FORMAT_KEYS.find((key) => citationFile(key) === file);
  const read = readLanguage(request.nextUrl.searchParams);
  if (read instanceof Response) return read;
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  if (!format || lookup?.status !== 'found') {
    return notFound({ error: read.locale.messages.outcomes.api.notFound });
  }
  const { item } = lookup.outcome;
  return citationResponse(
    format,
    [toCsl(read.locale, catalogue, item)],
    item.key,
    catalogue.version,
  );
}
