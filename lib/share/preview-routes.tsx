import type { NextRequest } from 'next/server';
import {
  FACET_KEYS,
  facetOf,
  getOutcome,
  getPlace,
  listOutcomes,
  tiedPlaces,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import {
  filtersInWords,
  itemLabel,
  nameBeside,
  publicationLine,
  summaryLine,
  titleOf,
} from '@/lib/i18n/labels';
import { answerView, notFound, readLanguage } from '@/lib/outcomes/api';
import { previewImage } from './preview';

async function withVersion(image: Promise<Response>, version: string): Promise<Response> {
  const response = await image;
  response.headers.set('Catalogue-Version', version);
  return response;
}

/** An item's preview: its title (a translation over the original), where it sits, its places. */
export async function itemPreview(
  request: NextRequest,
  section: string,
  number: string,
): Promise<Response> {
  const read = readLanguage(request.nextUrl.searchParams);
  if (read instanceof Response) return read;
  const { locale } = read;
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  if (lookup?.status !== 'found') return notFound({ error: locale.messages.outcomes.api.notFound });
  const { item } = lookup.outcome;
  const { messages } = locale;
  const title = titleOf(locale, item);
  const places = tiedPlaces(item).map((tag) => locale.name(tag.place));
  return withVersion(
    previewImage({
      site: messages.site.name,
      // The type and places are inferred; a picture has no mark beside them, so it says so.
      kicker: summaryLine([
        itemLabel(locale, item),
        messages.inferred.marked(locale.name(item.type)),
      ]),
      title: title.text,
      ...(title.translated ? { subtitle: item.title } : {}),
      footer:
        places.length === 0
          ? ''
          : messages.inferred.marked(places.join(messages.locale.listSeparator)),
      lang: locale.lang,
    }),
    catalogue.version,
  );
}

/** A list view's preview: the view in words and how many items it holds. */
export function listingPreview(request: NextRequest): Promise<Response> {
  return answerView(request.nextUrl.searchParams, ({ catalogue, filters, locale }) => {
    const { messages } = locale;
    const listing = listOutcomes(catalogue, { ...filters, pageSize: 1 }, locale.langParam);
    const words = filtersInWords(locale, catalogue, filters);
    const summary = messages.outcomes.viewSummary(
      words.length > 0 ? words : [messages.feed.all],
      listing.total,
    );
    // Narrowed by an inferred value (a place, a type), the count is the catalogue's reading.
    const inferred = FACET_KEYS.some(
      (facet) => filters[facet].length > 0 && facetOf(facet).inferred,
    );
    return withVersion(
      previewImage({
        site: messages.site.name,
        kicker: messages.outcomes.title,
        title: inferred ? messages.inferred.marked(summary) : summary,
        footer: messages.footer.source(publicationLine(locale, catalogue.source)),
        lang: locale.lang,
      }),
      catalogue.version,
    );
  });
}

/** A place's preview: its name, kind and count. */
export async function placePreview(request: NextRequest, slug: string): Promise<Response> {
  const read = readLanguage(request.nextUrl.searchParams);
  if (read instanceof Response) return read;
  const { locale } = read;
  const catalogue = await loadedCatalogue();
  const detail = getPlace(catalogue, slug);
  if (!detail) return notFound({ error: locale.messages.notFound.title });
  const { messages } = locale;
  const { place } = detail;
  return withVersion(
    previewImage({
      site: messages.site.name,
      kicker: messages.places.kinds[place.kind] ?? place.kind,
      title: locale.name(place),
      subtitle: nameBeside(locale, place)?.text,
      footer: messages.inferred.marked(
        messages.outcomes.viewSummary([locale.name(place)], place.itemCount),
      ),
      lang: locale.lang,
    }),
    catalogue.version,
  );
}
