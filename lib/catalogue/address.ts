import { z } from 'zod';
import {
  FILTER_VALUES_MAX,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_LENGTH,
} from '@/lib/constants';
import { EXPORT_PATHS, type ExportFormat, OUTCOMES_PATH } from '@/lib/paths';
import { withoutNonText } from '@/lib/plain-text';

/**
 * A listing's address, both ways: what a URL's query means (read once, into `Filters` and the
 * notices about what was dropped) and the one address each view has (`listingHref`). The list
 * page, the JSON and CSV API and every link they make go through here.
 */

import { FACET_KEYS, type FacetKey, facetOf } from './facet-table';
import { wholeNumber } from './whole-number';

export { categoryValue, FACET_KEYS, type FacetKey } from './facet-table';
export { wholeNumber } from './whole-number';

/** `relevance` orders a search's matches by how well they match (lib/search); the default with `q`. */
export const SORT_KEYS = ['relevance', 'section', 'number', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The order a view has when its address names none: by relevance for a search, else the list's. */
export function defaultSort(q: string): SortKey {
  return q === '' ? 'section' : 'relevance';
}

/** The page sizes offered as links; any size up to PAGE_SIZE_MAX may be asked for. */
export const PAGE_SIZES = [20, 50, 100] as const;

/** Every facet a list of values (OR within a facet, AND across facets), as the URL spells them. */
export type Filters = Record<FacetKey, string[]> & {
  q: string;
  sort: SortKey;
  page: number;
  pageSize: number;
  /** Facets the list page shows whole, not just their busiest values (`more=place`). */
  more: FacetKey[];
};

export const EMPTY_FILTERS: Filters = {
  ...(Object.fromEntries(FACET_KEYS.map((facet): [FacetKey, string[]] => [facet, []])) as Record<
    FacetKey,
    string[]
  >),
  q: '',
  sort: 'section',
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
  more: [],
};

/** The values the loaded catalogue knows, for the facets that accept only its vocabulary. */
export type KnownValues = Partial<Record<FacetKey, ReadonlySet<string>>>;

function valueIsValid(facet: FacetKey, value: string, known: KnownValues): boolean {
  const { accepts } = facetOf(facet);
  return accepts === 'vocabulary' ? (known[facet]?.has(value) ?? false) : accepts(value);
}

const SCALARS = {
  q: z.string().trim().max(QUERY_MAX_LENGTH),
  sort: z.enum(SORT_KEYS),
  page: wholeNumber(1, PAGE_MAX),
  pageSize: wholeNumber(1, PAGE_SIZE_MAX),
};
type ScalarKey = keyof typeof SCALARS;
const SCALAR_KEYS = Object.keys(SCALARS) as ScalarKey[];

/** What a page or route receives: URLSearchParams, or Next.js `searchParams`. */
type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

export interface AddressNotice {
  param: string;
  value: string;
  reason: 'invalid' | 'too-many' | 'repeated' | 'too-long' | 'unknown';
}

/**
 * Every (parameter, value) pair, in order. Only strings count: Next.js builds `searchParams`
 * on a plain object, so `?constructor=x` arrives as `[Object, 'x']`, the inherited function
 * first. Characters no document should carry (controls, noncharacters) are dropped from names
 * and values here, once, so nothing echoed from an address (a query, a notice) brings them into
 * a page, a feed or an image; they mean nothing in a search.
 */
function paramEntries(raw: RawParams): Array<[string, string]> {
  const entries = raw instanceof URLSearchParams ? [...raw.entries()] : objectEntries(raw);
  return entries.map(([key, value]) => [withoutNonText(key), withoutNonText(value)]);
}

function objectEntries(raw: Exclude<RawParams, URLSearchParams>): Array<[string, string]> {
  return Object.entries(raw).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((one): one is string => typeof one === 'string')
      .map((one): [string, string] => [key, one]),
  );
}

/**
 * Reads an address's query in one pass: every valid value is kept, and every value dropped (and
 * why) is a notice. The list page shows what it kept and says what it dropped, so a stale or
 * hand-edited address still shows results; the API refuses any address with a notice (400).
 * Facet values come repeated (`place=a&place=b`) or as comma lists (`place=a,b`).
 */
export function readListingAddress(
  raw: RawParams,
  known: KnownValues,
): { filters: Filters; notices: AddressNotice[] } {
  const given = new Map<string, string[]>();
  const notices: AddressNotice[] = [];
  for (const [param, value] of paramEntries(raw)) {
    const listed = (FACET_KEYS as readonly string[]).includes(param) || param === 'more';
    if (!listed && !Object.hasOwn(SCALARS, param)) {
      notices.push({ param, value, reason: 'unknown' });
      continue;
    }
    // Facet values are trimmed (`place=a, b`); a number keeps its spaces, and with them is
    // refused (wholeNumber), so ` 10` is not a second address of page 10.
    const parts = listed ? value.split(',').map((part) => part.trim()) : [value];
    const kept = parts.filter((part) => part.trim() !== '');
    given.set(param, [...(given.get(param) ?? []), ...kept]);
  }
  const filters: Filters = { ...EMPTY_FILTERS, more: [] };
  for (const facet of FACET_KEYS) {
    const valid: string[] = [];
    for (const value of new Set(given.get(facet) ?? [])) {
      if (!valueIsValid(facet, value, known))
        notices.push({ param: facet, value, reason: 'invalid' });
      else if (valid.length === FILTER_VALUES_MAX) {
        notices.push({ param: facet, value, reason: 'too-many' });
      } else valid.push(value);
    }
    filters[facet] = valid;
  }
  for (const value of new Set(given.get('more') ?? [])) {
    if ((FACET_KEYS as readonly string[]).includes(value)) filters.more.push(value as FacetKey);
    else notices.push({ param: 'more', value, reason: 'invalid' });
  }
  const kept = new Set<ScalarKey>();
  for (const key of SCALAR_KEYS) {
    const [first, ...rest] = given.get(key) ?? [];
    if (first === undefined) continue;
    // A scalar given twice is ambiguous: the first counts, the others are reported.
    for (const value of rest) notices.push({ param: key, value, reason: 'repeated' });
    // An over-long query is cut rather than dropped: the reader still sees results for it.
    const value = key === 'q' ? first.slice(0, QUERY_MAX_LENGTH) : first;
    if (value !== first) notices.push({ param: key, value: first, reason: 'too-long' });
    const parsed = SCALARS[key].safeParse(value);
    if (parsed.success) {
      Object.assign(filters, { [key]: parsed.data });
      kept.add(key);
    } else notices.push({ param: key, value: first, reason: 'invalid' });
  }
  if (!kept.has('sort')) filters.sort = defaultSort(filters.q);
  return { filters, notices };
}

/**
 * Filters as query parameters in one fixed order — facets in FACET_KEYS order, each facet's
 * values sorted and repeated (`place=qingdao&place=shenyang`), then q, sort, page, pageSize —
 * with defaults left out. One view thus has one address, whatever order a link or a hand
 * built it in: that address is the canonical URL, and every link the page makes uses it.
 */
function canonicalQuery(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACET_KEYS) {
    // Years have four digits, so code-unit order is numeric order for them too.
    for (const value of [...new Set(filters[facet])].sort(byCodeUnit)) params.append(facet, value);
  }
  if (filters.q !== '') params.set('q', filters.q);
  if (filters.sort !== defaultSort(filters.q)) params.set('sort', filters.sort);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== EMPTY_FILTERS.pageSize) params.set('pageSize', String(filters.pageSize));
  for (const facet of FACET_KEYS.filter((key) => filters.more.includes(key)))
    params.append('more', facet);
  return params;
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function withQuery(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The list page showing exactly these filters. */
export function listingHref(filters: Filters): string {
  return withQuery(OUTCOMES_PATH, canonicalQuery(filters));
}

/**
 * The view in another format. Every format but JSON holds every match, so the page is left out.
 * `lang` names the language of its labels and titles, where that is not the site's own.
 */
export function exportHref(
  format: ExportFormat,
  filters: Filters,
  lang: string | null = null,
): string {
  const whole = {
    ...filters,
    more: [],
    ...(format === 'json' ? {} : { page: 1, pageSize: PAGE_SIZE_DEFAULT }),
  };
  const params = canonicalQuery(whole);
  if (lang !== null) params.set('lang', lang);
  return withQuery(EXPORT_PATHS[format], params);
}

/**
 * `lang` as an API address gives it, the one reading of it: the first value when it is one of
 * `languages` (null when absent or not one), and what is wrong with the given values.
 */
export function readLang(
  raw: URLSearchParams,
  languages: readonly string[],
): { lang: string | null; issues: AddressNotice[] } {
  const [first, ...repeated] = raw.getAll('lang');
  const valid = first !== undefined && languages.includes(first);
  return {
    lang: valid ? first : null,
    issues: [
      ...repeated.map((value): AddressNotice => ({ param: 'lang', value, reason: 'repeated' })),
      ...(first !== undefined && !valid
        ? [{ param: 'lang', value: first, reason: 'invalid' as const }]
        : []),
    ],
  };
}

/**
 * An API address read strictly: the listing's parameters, plus `lang` (one of `languages`) for
 * the language of labels and titles. Anything dropped or unknown makes it a 400; `lang` is
 * given either way, so a refusal can be in the language asked for.
 */
export function readApiAddress(
  raw: URLSearchParams,
  known: KnownValues,
  languages: readonly string[],
):
  | { ok: true; filters: Filters; lang: string | null }
  | { ok: false; issues: AddressNotice[]; lang: string | null } {
  const { lang, issues: langIssues } = readLang(raw, languages);
  const rest = new URLSearchParams([...raw.entries()].filter(([param]) => param !== 'lang'));
  const { filters, notices } = readListingAddress(rest, known);
  const issues = [...langIssues, ...notices];
  return issues.length > 0 ? { ok: false, issues, lang } : { ok: true, filters, lang };
}

/** Every change of the filters below starts again at page 1, since the old page may not exist. */
function withValues(filters: Filters, facet: FacetKey, values: string[]): Filters {
  return { ...filters, [facet]: values, page: 1 };
}

export function isSelected(filters: Filters, facet: FacetKey, value: string): boolean {
  return filters[facet].includes(value);
}

/** Adds the value to its facet (OR with the others there), or takes it out if present. */
export function toggleValue(filters: Filters, facet: FacetKey, value: string): Filters {
  const current = filters[facet];
  return withValues(
    filters,
    facet,
    current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
  );
}

export function withoutValue(filters: Filters, facet: FacetKey, value: string): Filters {
  return withValues(
    filters,
    facet,
    filters[facet].filter((v) => v !== value),
  );
}

/** Without the query; an order that only a query has (relevance) goes back to the list's. */
export function withoutQuery(filters: Filters): Filters {
  const sort = filters.sort === 'relevance' ? defaultSort('') : filters.sort;
  return { ...filters, q: '', sort, page: 1 };
}

/** No facet and no query; the reader's order (unless it was relevance) and page size stay. */
export function withoutFilters(filters: Filters): Filters {
  return {
    ...withoutQuery({ ...EMPTY_FILTERS, q: filters.q, sort: filters.sort }),
    pageSize: filters.pageSize,
  };
}

/** The facet shown whole, or back to its busiest values; the results stay as they are. */
export function withMore(filters: Filters, facet: FacetKey, whole: boolean): Filters {
  const others = filters.more.filter((key) => key !== facet);
  return { ...filters, more: whole ? [...others, facet] : others };
}

export function withPageSize(filters: Filters, pageSize: number): Filters {
  return { ...filters, pageSize, page: 1 };
}

export function withSort(filters: Filters, sort: SortKey): Filters {
  return { ...filters, sort, page: 1 };
}

export function withPage(filters: Filters, page: number): Filters {
  return { ...filters, page };
}

export function hasFilters(filters: Filters): boolean {
  return filters.q !== '' || FACET_KEYS.some((facet) => filters[facet].length > 0);
}

/**
 * What the search form carries besides the query, so a search keeps the other filters. The
 * page is left out (a new query starts at page 1), and so is an order only the old query had.
 */
export function searchFormFields(filters: Filters): Array<[string, string]> {
  return [...canonicalQuery(withoutQuery(filters)).entries()];
}

/** What a view holds, whatever page, order or page size it is seen at: its filters and query. */
export function viewOf(filters: Filters): Filters {
  return {
    ...filters,
    sort: defaultSort(filters.q),
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
    more: [],
  };
}

/** A filter for one facet value, as the links of item and place pages make them. */
export function filterOf(facet: FacetKey, value: string): Filters {
  return { ...EMPTY_FILTERS, [facet]: [value] };
}

/** The list page of one facet value: `/outcomes?place=shenyang`. */
export function valueHref(facet: FacetKey, value: string): string {
  return listingHref(filterOf(facet, value));
}
