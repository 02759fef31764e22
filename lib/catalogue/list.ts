import 'server-only';
import { EXPORT_ROWS_MAX } from '@/lib/constants';
import { oneAfterAnother, withCatalogue } from '@/lib/db/reader';
import { countFacets, type Facets } from './facets';
import type { Filters } from './filters';
import { ORDER_BY, type OutcomeSummary, SUMMARY_SELECT, toOutcomeSummary } from './summary';
import { listingWhere } from './where';

export interface OutcomeListing {
  total: number;
  page: number;
  pageSize: number;
  items: OutcomeSummary[];
  facets: Facets;
}

/** One page of matching outcomes, the number of matches, and every facet's counts. */
export function listOutcomes(filters: Filters): Promise<OutcomeListing> {
  const where = listingWhere(filters);
  return withCatalogue(async (db) => {
    const [rows, total, facets] = await oneAfterAnother(
      () =>
        db.item.findMany({
          where: where.all,
          orderBy: ORDER_BY[filters.sort],
          skip: (filters.page - 1) * filters.pageSize,
          take: filters.pageSize,
          select: SUMMARY_SELECT,
        }),
      () => db.item.count({ where: where.all }),
      () => countFacets(db, where, filters),
    );
    return {
      total,
      page: filters.page,
      pageSize: filters.pageSize,
      items: rows.map(toOutcomeSummary),
      facets,
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
  const where = listingWhere(filters);
  return withCatalogue(async (db) => {
    const [rows, total] = await oneAfterAnother(
      () =>
        db.item.findMany({
          where: where.all,
          orderBy: ORDER_BY[filters.sort],
          take: EXPORT_ROWS_MAX,
          select: SUMMARY_SELECT,
        }),
      () => db.item.count({ where: where.all }),
    );
    return { total, truncated: total > rows.length, rows: rows.map(toOutcomeSummary) };
  });
}
