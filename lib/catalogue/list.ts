import 'server-only';
import { EXPORT_ROWS_MAX } from '@/lib/constants';
import { withCatalogue } from '@/lib/db/reader';
import { type Facets, toFacets } from './facets';
import type { Filters } from './filters';
import { listingSnapshotOf } from './listing-snapshot';
import type { OutcomeSummary } from './summary';

export interface OutcomeListing {
  total: number;
  page: number;
  pageSize: number;
  items: OutcomeSummary[];
  facets: Facets;
}

/** One page of matching outcomes, the number of matches, and every facet's counts. */
export function listOutcomes(filters: Filters): Promise<OutcomeListing> {
  return withCatalogue(async (db) => {
    const { index, summaries, vocabulary } = await listingSnapshotOf(db);
    const counted = index.query(filters, {
      sort: filters.sort,
      limit: filters.pageSize,
      offset: (filters.page - 1) * filters.pageSize,
      facets: true,
    });
    return {
      total: counted.total,
      page: filters.page,
      pageSize: filters.pageSize,
      items: counted.rows.map((row) => summaries[row] as OutcomeSummary),
      facets: toFacets(vocabulary, counted.facets, filters),
    };
  });
}

export interface OutcomeExport {
  /** Every match, even beyond the rows returned. */
  total: number;
  /** True when `total` exceeds EXPORT_ROWS_MAX and the rows stop there. */
  truncated: boolean;
  rows: OutcomeSummary[];
}

/** Every outcome matching the filters (not just one page), in the chosen order, for CSV. */
export function exportOutcomes(filters: Filters): Promise<OutcomeExport> {
  return withCatalogue(async (db) => {
    const { index, summaries } = await listingSnapshotOf(db);
    const counted = index.query(filters, {
      sort: filters.sort,
      limit: EXPORT_ROWS_MAX,
      offset: 0,
      facets: false,
    });
    return {
      total: counted.total,
      truncated: counted.total > counted.rows.length,
      rows: counted.rows.map((row) => summaries[row] as OutcomeSummary),
    };
  });
}
