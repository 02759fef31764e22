import 'server-only';
import { withCatalogue } from '@/lib/db/reader';
import type { SectionKey } from '@/lib/parser/types';

export interface OutcomeAddress {
  key: string;
  section: SectionKey;
  number: number;
}

/** Every outcome's address in list order, for static generation and the sitemap. */
export function allOutcomeKeys(): Promise<OutcomeAddress[]> {
  return withCatalogue(async (db) => {
    const rows = await db.item.findMany({
      orderBy: { position: 'asc' },
      select: { key: true, sectionKey: true, number: true },
    });
    return rows.map((row) => ({
      key: row.key,
      section: row.sectionKey as SectionKey,
      number: row.number,
    }));
  });
}

/**
 * Addresses the list numbers but this copy lacks (its missing ranges), so their pages can say
 * so — answered with 404, since there is no item to show.
 */
export function missingOutcomeKeys(): Promise<Array<Omit<OutcomeAddress, 'key'>>> {
  return withCatalogue(async (db) => {
    const ranges = await db.missingRange.findMany({
      orderBy: [{ category: { section: { ordinal: 'asc' } } }, { first: 'asc' }],
      select: { first: true, last: true, category: { select: { sectionKey: true } } },
    });
    return ranges.flatMap(({ first, last, category }) =>
      Array.from({ length: last - first + 1 }, (_, offset) => ({
        section: category.sectionKey as SectionKey,
        number: first + offset,
      })),
    );
  });
}
