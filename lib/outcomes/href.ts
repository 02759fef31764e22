import {
  EMPTY_FILTERS,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  type SortKey,
} from '@/lib/catalogue/filters';
import type { SectionKey } from '@/lib/parser/types';
import { outcomePath } from '@/lib/routes';
import { SITE_URL } from '@/lib/site-url';

export const OUTCOMES_PATH = '/outcomes';
const CSV_PATH = '/api/outcomes.csv';

/**
 * Filters as query parameters in one fixed order — facets in FACET_KEYS order, each facet's
 * values sorted and repeated (`place=qingdao&place=shenyang`), then q, sort, page, pageSize —
 * with defaults left out. One view thus has one address, whatever order a link or a hand
 * built it in: that address is the canonical URL, and every link the page makes uses it.
 */
function toSearchParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACET_KEYS) {
    for (const value of sortedValues(filters[facet])) params.append(facet, value);
  }
  if (filters.q !== '') params.set('q', filters.q);
  if (filters.sort !== EMPTY_FILTERS.sort) params.set('sort', filters.sort);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== EMPTY_FILTERS.pageSize) params.set('pageSize', String(filters.pageSize));
  return params;
}

function sortedValues(values: ReadonlyArray<string | number>): string[] {
  // Years sort as numbers; keys and slugs by code unit, the same on every machine.
  return [...new Set(values)]
    .sort((a, b) =>
      typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : 1,
    )
    .map(String);
}

function withSearch(path: string, params: URLSearchParams): string {
  const search = params.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The list page showing exactly these filters. */
export function listingHref(filters: Filters): string {
  return withSearch(OUTCOMES_PATH, toSearchParams(filters));
}

/** The CSV of every match: the same filters, without the page (the export is never paged). */
export function csvHref(filters: Filters): string {
  return withSearch(
    CSV_PATH,
    toSearchParams({ ...filters, page: 1, pageSize: EMPTY_FILTERS.pageSize }),
  );
}

/** The item page's absolute address, for the API and the CSV (read outside this site). */
export function outcomeUrl(section: SectionKey, number: number): string {
  return new URL(outcomePath(section, number), SITE_URL).href;
}

/** Every change of the filters below starts again at page 1, since the old page may not exist. */
function replaceValues(filters: Filters, facet: FacetKey, values: string[]): Filters {
  const typed = facet === 'year' ? values.map(Number) : values;
  return { ...filters, [facet]: typed, page: 1 } as Filters;
}

export function isSelected(filters: Filters, facet: FacetKey, value: string): boolean {
  return filters[facet].map(String).includes(value);
}

/** Adds the value to its facet (OR with the others there), or takes it out if present. */
export function toggleValue(filters: Filters, facet: FacetKey, value: string): Filters {
  const current = filters[facet].map(String);
  return replaceValues(
    filters,
    facet,
    current.includes(value) ? current.filter((v) => v !== value) : [...current, value],
  );
}

export function withoutValue(filters: Filters, facet: FacetKey, value: string): Filters {
  return replaceValues(
    filters,
    facet,
    filters[facet].map(String).filter((v) => v !== value),
  );
}

export function withoutQuery(filters: Filters): Filters {
  return { ...filters, q: '', page: 1 };
}

/** No facet and no query; the reader's order and page size stay. */
export function withoutFilters(filters: Filters): Filters {
  return { ...EMPTY_FILTERS, sort: filters.sort, pageSize: filters.pageSize };
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
 * page is left out: a new query starts at page 1.
 */
export function searchFormFields(filters: Filters): Array<[string, string]> {
  return [...toSearchParams({ ...filters, q: '', page: 1 }).entries()];
}
