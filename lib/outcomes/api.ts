import {
  type AddressNotice,
  type Catalogue,
  type CatalogueItem,
  countsInferred,
  FACET_KEYS,
  type FacetKey,
  type Facets,
  type Filters,
  type ItemRef,
  knownValues,
  type OutcomeDetail,
  type OutcomeExport,
  type OutcomeListing,
  type PlaceTag,
  readApiAddress,
  readLang,
  type Term,
  tiedPlaces,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import type { Commitment } from '@/lib/enrich/numbers';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { attachment } from '@/lib/http/content-disposition';
import {
  facetValueName,
  fullCategoryName,
  kindTerm,
  sectionName,
  unitTerm,
} from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { outcomeUrl } from '@/lib/site-url';
import { csvFileName, outcomesCsv } from './csv';

/**
 * The JSON API's shapes, made from the loaded catalogue. Titles are given as printed (`title`),
 * with each translation beside them, its language and provenance; inferred fields say how each
 * value was reached.
 */

function translationsOf(catalogue: Catalogue, item: ItemRef) {
  return catalogue.translationSets.flatMap((set) => {
    const title = item.translations[set.locale];
    return title === undefined
      ? []
      : [{ lang: set.locale, title, status: set.status, note: set.note }];
  });
}

/** A vocabulary entry as the API gives it: its key, then its name in each language by locale key. */
function toApiTerm(term: Term) {
  return { key: term.key, ...term.names };
}

function toApiPlace(tag: PlaceTag) {
  return {
    slug: tag.place.slug,
    ...tag.place.names,
    kind: tag.place.kind,
    via: tag.via,
    role: tag.role,
    ...(tag.fact ? { fact: { id: tag.fact.id, ...tag.fact.names, source: tag.fact.source } } : {}),
    ...(tag.linked ? { linked: tag.linked.key } : {}),
    ...(tag.word ? { word: tag.word } : {}),
    ...(tag.heading
      ? {
          heading: {
            category: tag.heading.value,
            text: tag.heading.heading,
            line: tag.heading.line,
          },
        }
      : {}),
  };
}

function toApiOutcome(catalogue: Catalogue, item: CatalogueItem) {
  const years = item.years.map(Number);
  return {
    key: item.key,
    section: item.section,
    /** As the `category` filter takes it: `documents.2`. */
    category: item.category.value,
    number: item.number,
    title: item.title,
    translations: translationsOf(catalogue, item),
    url: outcomeUrl(item),
    /** The places the item is tied to (by title, abbreviation, fact or link), not those containing them. */
    places: tiedPlaces(item).map(toApiPlace),
    type: toApiTerm(item.type),
    secondaryType: item.secondaryType && toApiTerm(item.secondaryType),
    topics: item.topics.map(toApiTerm),
    /** The first year the title states, or null; a title stating two (2024—2025年) has both in `years`. */
    year: years[0] ?? null,
    years,
    /** What the title commits to, read from its numbers and words (inferred), with the words read. */
    commitments: item.commitments.map(toApiCommitment),
    /** 第N次, 第N届: the how-manyth of which series (inferred), with the words read. */
    ordinals: item.ordinals.map((ordinal) => ({ ...ordinal, inferred: true })),
  };
}

function toApiCommitment(commitment: Commitment) {
  return {
    quantity: commitment.quantity,
    unit: toApiTerm(unitTerm(commitment.unit)),
    kind: toApiTerm(kindTerm(commitment.kind)),
    relation: commitment.relation,
    period: commitment.period,
    words: commitment.words,
    start: commitment.start,
    inferred: true,
  };
}

type ApiFacets = Record<
  FacetKey,
  Array<{ value: string; label: string; count: number; inferred?: number }>
>;

function toApiFacets(locale: Locale, catalogue: Catalogue, facets: Facets): ApiFacets {
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [
      facet,
      facets[facet].map((entry) => ({
        value: entry.value,
        label: facetValueName(locale, catalogue, facet, entry.value),
        count: entry.count,
        ...(countsInferred(facet) ? { inferred: entry.inferred } : {}),
      })),
    ]),
  ) as ApiFacets;
}

export function toApiListing(locale: Locale, catalogue: Catalogue, listing: OutcomeListing) {
  return {
    version: catalogue.version,
    total: listing.total,
    page: listing.page,
    pageSize: listing.pageSize,
    items: listing.items.map((item) => toApiOutcome(catalogue, item)),
    facets: toApiFacets(locale, catalogue, listing.facets),
  };
}

function toApiRef(catalogue: Catalogue, ref: ItemRef) {
  return {
    key: ref.key,
    section: ref.section,
    number: ref.number,
    title: ref.title,
    translations: translationsOf(catalogue, ref),
    url: outcomeUrl(ref),
  };
}

export function toApiDetail(locale: Locale, catalogue: Catalogue, detail: OutcomeDetail) {
  const { item } = detail;
  return {
    version: catalogue.version,
    ...toApiOutcome(catalogue, item),
    categoryLabel: fullCategoryName(locale, item.category),
    sectionLabel: sectionName(locale, item.section),
    /** Every place, with how it was reached: named, abbreviation, fact, linked, parent. */
    allPlaces: item.places.map(toApiPlace),
    source: {
      fileName: catalogue.source.fileName,
      firstLine: item.firstLine,
      lastLine: item.lastLine,
      lines: detail.lines,
    },
    previous: detail.previous && toApiRef(catalogue, detail.previous),
    next: detail.next && toApiRef(catalogue, detail.next),
    related: {
      produced: detail.related.produced.map((ref) => toApiRef(catalogue, ref)),
      producedBy: detail.related.producedBy.map((ref) => toApiRef(catalogue, ref)),
      samePlace: detail.related.samePlace.map((ref) => toApiRef(catalogue, ref)),
      sameCategory: detail.related.sameCategory.map((ref) => toApiRef(catalogue, ref)),
    },
  };
}

/** The locale an API answer's labels use: `lang` (as readLang read it), else the site's own. */
function apiLocale(lang: string | null): Locale {
  return LOCALE_LIST.find((locale) => locale.key === lang) ?? DEFAULT_LOCALE;
}

const API_LANGUAGES: readonly string[] = LOCALE_LIST.map((locale) => locale.key);

/** A view as the API reads it: the loaded catalogue, the filters, and the answer's language. */
interface ApiView {
  catalogue: Catalogue;
  filters: Filters;
  /** `lang` as given (for the addresses the answer names), null for the site's language. */
  lang: string | null;
  locale: Locale;
}

/**
 * `lang` alone, read strictly: the only parameter an item's JSON, citation or preview takes.
 * The locale to answer in, or 400 naming what is not valid, in the language asked for.
 */
export function readLanguage(
  params: URLSearchParams,
): { lang: string | null; locale: Locale } | Response {
  const { lang, issues } = readLang(params, API_LANGUAGES);
  const unknown = [...params.entries()]
    .filter(([param]) => param !== 'lang')
    .map(([param, value]): AddressNotice => ({ param, value, reason: 'unknown' }));
  const locale = apiLocale(lang);
  return issues.length + unknown.length > 0
    ? badRequest(locale, [...unknown, ...issues])
    : { lang, locale };
}

/**
 * The answer to a view's address (the list page's parameters and `lang`), or 400 naming every
 * parameter that is not valid: one reading for every route that answers for a view.
 */
export async function answerView(
  params: URLSearchParams,
  answer: (view: ApiView) => Response | Promise<Response>,
): Promise<Response> {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(params, knownValues(catalogue), API_LANGUAGES);
  const locale = apiLocale(address.lang);
  if (!address.ok) return badRequest(locale, address.issues);
  return answer({ catalogue, filters: address.filters, lang: address.lang, locale });
}

function badRequest(locale: Locale, issues: readonly AddressNotice[]): Response {
  const text = locale.messages.outcomes;
  return Response.json(
    {
      error: text.api.invalidParameters,
      issues: issues.map((issue) => ({ ...issue, message: text.notices.reasons[issue.reason] })),
    },
    { status: 400, headers: { 'Cache-Control': CACHE_CONTROL.error } },
  );
}

export function notFound(body: Record<string, unknown>): Response {
  return Response.json(body, { status: 404, headers: { 'Cache-Control': CACHE_CONTROL.error } });
}

/** Every match as a CSV download; the headers say how many matched, even beyond the cap. */
export function csvResponse(
  locale: Locale,
  catalogue: Catalogue,
  exported: OutcomeExport,
  filters: Parameters<typeof csvFileName>[1],
): Response {
  return new Response(outcomesCsv(locale, exported.rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(
        csvFileName(locale.messages.outcomes.export.fileName, filters),
      ),
      'X-Total-Count': String(exported.total),
      'X-Export-Truncated': String(exported.truncated),
      'Catalogue-Version': catalogue.version,
    },
  });
}
