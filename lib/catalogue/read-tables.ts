import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import { oneAfterAnother } from '@/lib/db/reader';

/** Thrown when the database holds no catalogue (an empty or half-made file). */
export class CatalogueEmptyError extends Error {
  override name = 'CatalogueEmptyError';
}

const TERM = { key: true, zh: true, en: true } as const;

/**
 * Every table of one catalogue, each in the order the catalogue keeps it. Flat reads, not
 * Prisma's nested ones: those bind every parent id as a parameter, which past SQLite's limit
 * (some tens of thousands of items) fails with P2029. `db` is one answer's lease (SQLite) or
 * transaction (PostgreSQL), so every table comes from the same catalogue.
 */
export async function readTables(db: CatalogueClient) {
  const [
    source,
    issues,
    sections,
    categories,
    missingRanges,
    types,
    topics,
    places,
    facts,
    items,
    itemPlaces,
    itemTopics,
    itemYears,
    links,
    translationSets,
    translations,
    headingTranslations,
  ] = await oneAfterAnother(
    () => db.source.findFirst({ orderBy: { id: 'desc' } }),
    () => db.parseIssue.findMany({ orderBy: { ordinal: 'asc' }, select: { detail: true } }),
    () => db.section.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.category.findMany({ orderBy: [{ sectionKey: 'asc' }, { ordinal: 'asc' }] }),
    () => db.missingRange.findMany({ orderBy: { first: 'asc' } }),
    () => db.outcomeType.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
    () => db.topic.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
    () => db.place.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.fact.findMany({ orderBy: { id: 'asc' } }),
    () => db.item.findMany({ orderBy: { position: 'asc' } }),
    () => db.itemPlace.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
    () => db.itemTopic.findMany(),
    () => db.itemYear.findMany({ orderBy: { year: 'asc' } }),
    () => db.itemLink.findMany(),
    () => db.translationSet.findMany({ orderBy: { locale: 'asc' } }),
    () => db.translation.findMany(),
    () => db.categoryTranslation.findMany(),
  );
  return {
    source,
    issues,
    sections,
    categories,
    missingRanges,
    types,
    topics,
    places,
    facts,
    items,
    itemPlaces,
    itemTopics,
    itemYears,
    links,
    translationSets,
    translations,
    headingTranslations,
  };
}

export type CatalogueTables = Awaited<ReturnType<typeof readTables>>;

/** One row of a table as Prisma reads it. */
export type RowOf<Table extends keyof CatalogueTables> = NonNullable<
  CatalogueTables[Table] extends readonly (infer Row)[] ? Row : CatalogueTables[Table]
>;
