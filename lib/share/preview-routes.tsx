import type { NextRequest } from 'next/server';
import { getOutcome, getPlace, knownValues, listOutcomes, readApiAddress } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { filtersInWords, sectionName, titleOf } from '@/lib/i18n/labels';
import { API_LANGUAGES, apiLocale, badRequest, notFound } from '@/lib/outcomes/api';
import { previewImage } from './preview';

/** `lang` alone, read strictly: the only parameter an item's or a place's preview takes. */
function languageOf(request: NextRequest): { lang: string | null } | Response {
  const params = request.nextUrl.searchParams;
  const lang = params.get('lang');
  const unknown = [...params.keys()].filter((param) => param !== 'lang');
  if (unknown.length > 0 || (lang !== null && !API_LANGUAGES.includes(lang))) {
    return badRequest([
      ...unknown.map((param) => ({
        param,
        value: params.get(param) ?? '',
        reason: 'unknown' as const,
      })),
      ...(lang !== null && !API_LANGUAGES.includes(lang)
        ? [{ param: 'lang', value: lang, reason: 'invalid' as const }]
        : []),
    ]);
  }
  return { lang };
}

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
  const read = languageOf(request);
  if (read instanceof Response) return read;
  const locale = apiLocale(read.lang);
  const catalogue = await loadedCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  if (lookup?.status !== 'found') return notFound({ error: locale.messages.outcomes.api.notFound });
  const { item } = lookup.outcome;
  const { messages } = locale;
  const title = titleOf(locale, item);
  const places = item.places
    .filter((tag) => tag.via !== 'parent')
    .map((tag) => locale.name(tag.place));
  return withVersion(
    previewImage({
      site: messages.site.name,
      kicker: [
        messages.numbering.itemIn(sectionName(locale, item.section), item.number),
        locale.name(item.type),
      ].join(' · '),
      title: title.text,
      ...(title.translated ? { subtitle: item.title } : {}),
      footer: places.join(messages.locale.listSeparator),
      lang: locale.lang,
    }),
    catalogue.version,
  );
}

/** A list view's preview: the view in words and how many items it holds. */
export async function listingPreview(request: NextRequest): Promise<Response> {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(
    request.nextUrl.searchParams,
    knownValues(catalogue),
    API_LANGUAGES,
  );
  if (!address.ok) return badRequest(address.issues);
  const locale = apiLocale(address.lang);
  const { messages } = locale;
  const listing = listOutcomes(catalogue, { ...address.filters, pageSize: 1 });
  const words = filtersInWords(locale, catalogue, address.filters);
  return withVersion(
    previewImage({
      site: messages.site.name,
      kicker: messages.outcomes.title,
      title: messages.outcomes.viewSummary(
        words.length > 0 ? words : [messages.feed.all],
        listing.total,
      ),
      footer: messages.footer.source,
      lang: locale.lang,
    }),
    catalogue.version,
  );
}

/** A place's preview: its name, kind and count. */
export async function placePreview(request: NextRequest, slug: string): Promise<Response> {
  const read = languageOf(request);
  if (read instanceof Response) return read;
  const locale = apiLocale(read.lang);
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
      subtitle: locale.key === 'zh' ? place.en : place.zh,
      footer: messages.outcomes.viewSummary([locale.name(place)], place.itemCount),
      lang: locale.lang,
    }),
    catalogue.version,
  );
}
