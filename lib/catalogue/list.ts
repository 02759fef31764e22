import { EXPORT_ROWS_MAX } from '@/lib/constants';
import type { Highlight } from '@/lib/search/document';
import { FACET_KEYS, type FacetKey, type Filters, withoutQuery, withoutValue } from './address';
import { type Facets, toFacets } from './facets';
import type { Catalogue, CatalogueItem } from './model';

export interface OutcomeListing {
  total: number;
  page: number;
  pageSize: number;
  items: CatalogueItem[];
  /** For a search, where it is found in each item's title and translations; else nulls. */
  highlights: Array<Highlight | null>;
  facets: Facets;
}

/**
 * One page of matching outcomes, the number of matches, and every facet's counts. `reader` is
 * the language of the titles the reader sees (Locale.langParam): a search ranks its words first.
 */
export function listOutcomes(
  catalogue: Catalogue,
  filters: Filters,
  reader?: string | null,
): OutcomeListing {
  const counted = catalogue.index.query(filters, {
    sort: filters.sort,
    limit: filters.pageSize,
    offset: (filters.page - 1) * filters.pageSize,
    facets: true,
    reader,
  });
  return {
    total: counted.total,
    page: filters.page,
    pageSize: filters.pageSize,
    items: counted.rows.map((row) => catalogue.items[row] as CatalogueItem),
    highlights:
      filters.q === ''
        ? counted.rows.map(() => null)
        : catalogue.index.highlights(counted.rows, filters.q),
    facets: toFacets(catalogue, counted.facets, filters),
  };
}

export interface OutcomeExport {
  /** Every match, even beyond the rows returned. */
  total: number;
  /** True when `total` exceeds EXPORT_ROWS_MAX and the rows stop there. */
  truncated: boolean;
  rows: CatalogueItem[];
}

/** Every outcome matching the filters (not just one page), in the chosen order, for CSV. */
export function exportOutcomes(
  catalogue: Catalogue,
  filters: Filters,
  reader?: string | null,
): OutcomeExport {
  const counted = catalogue.index.query(filters, {
    sort: filters.sort,
    limit: EXPORT_ROWS_MAX,
    offset: 0,
    facets: false,
    reader,
  });
  return {
    total: counted.total,
    truncated: counted.total > counted.rows.length,
    rows: counted.rows.map((row) => catalogue.items[row] as CatalogueItem),
  };
}

export interface Relaxation {
  /** The condition dropped: a facet value, or the query (`q`). */
  param: FacetKey | 'q';
  value: string;
  filters: Filters;
  total: number;
}

/**
 * For an empty result: what dropping each single condition would give, those that give
 * something, most results first. One count per condition, each a pass over the index.
 */
export function relaxations(catalogue: Catalogue, filters: Filters): Relaxation[] {
  const candidates: Array<Omit<Relaxation, 'total'>> = [
    ...FACET_KEYS.flatMap((facet) =>
      filters[facet].map((value) => ({
        param: facet,
        value,
        filters: withoutValue(filters, facet, value),
      })),
    ),
    ...(filters.q === ''
      ? []
      : [{ param: 'q' as const, value: filters.q, filters: withoutQuery(filters) }]),
  ];
  return candidates
    .map((candidate) => ({
      ...candidate,
      total: catalogue.index.query(candidate.filters, {
        sort: 'section',
        limit: 0,
        offset: 0,
        facets: false,
      }).total,
    }))
    .filter((relaxation) => relaxation.total > 0)
    .sort((a, b) => b.total - a.total);
}
