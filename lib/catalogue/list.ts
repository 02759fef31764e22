import 'server-only';
import { EXPORT_ROWS_MAX } from '@/lib/constants';
import type { CatalogueClient } from '@/lib/db/client';
import { withCatalogue } from '@/lib/db/reader';
import { type Facets, toFacets } from './facets';
import type { Filters } from './filters';
import { listingSnapshotOf } from './listing-snapshot';
import { ORDER_BY, type OutcomeSummary, SUMMARY_SELECT, toOutcomeSummary } from './summary';

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
    const { index, vocabulary } = await listingSnapshotOf(db);
    const counted = index.query(filters, {
      sort: filters.sort,
      limit: filters.pageSize,
      offset: (filters.page - 1) * filters.pageSize,
      facets: true,
    });
    const rows = await rowsOf(db, counted.keys, filters);
    return {
      total: counted.total,
      page: filters.page,
      pageSize: filters.pageSize,
      items: rows.map(toOutcomeSummary),
      facets: toFacets(vocabulary, counted.facets, filters),
    };
  });
}

/**
 * The summaries of the keys the listing index chose, in the listing's order. Prisma
 * binds every key, and SQLite takes at most 999 values per statement, so an export's
 * 10 000 keys go in slices; each slice is a run of the order, so the slices concatenate.
 */
async function rowsOf(db: CatalogueClient, keys: string[], filters: Filters) {
  const rows = [];
  for (let start = 0; start < keys.length; start += KEYS_PER_QUERY) {
    rows.push(
      ...(await db.item.findMany({
        where: { key: { in: keys.slice(start, start + KEYS_PER_QUERY) } },
        orderBy: ORDER_BY[filters.sort],
        select: SUMMARY_SELECT,
      })),
    );
  }
  return rows;
}

// Under SQLite's 999 bound values, with room for the relations' own parameters.
const KEYS_PER_QUERY = 500;

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
    const { index } = await listingSnapshotOf(db);
    const counted = index.query(filters, {
      sort: filters.sort,
      limit: EXPORT_ROWS_MAX,
      offset: 0,
      facets: false,
    });
    const rows = await rowsOf(db, counted.keys, filters);
    return {
      total: counted.total,
      truncated: counted.total > rows.length,
      rows: rows.map(toOutcomeSummary),
    };
  });
}
