import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';

/** Thrown when the database holds no catalogue (an empty or half-made file). */
export class CatalogueEmptyError extends Error {
  override name = 'CatalogueEmptyError';
}

const TERM = { key: true, zh: true, en: true } as const;

/**
 * How each table of one catalogue is read, in the order the catalogue keeps it. Flat reads, not
 * Prisma's nested ones: those bind every parent id as a parameter, which past SQLite's limit
 * (some tens of thousands of items) fails with P2029.
 */
const READS = {
  source: (db: CatalogueClient) => db.source.findFirst({ orderBy: { id: 'desc' } }),
  issues: (db: CatalogueClient) =>
    db.parseIssue.findMany({ orderBy: { ordinal: 'asc' }, select: { detail: true } }),
  sections: (db: CatalogueClient) => db.section.findMany({ orderBy: { ordinal: 'asc' } }),
  categories: (db: CatalogueClient) =>
    db.category.findMany({ orderBy: [{ sectionKey: 'asc' }, { ordinal: 'asc' }] }),
  missingRanges: (db: CatalogueClient) => db.missingRange.findMany({ orderBy: { first: 'asc' } }),
  types: (db: CatalogueClient) =>
    db.outcomeType.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
  topics: (db: CatalogueClient) => db.topic.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
  places: (db: CatalogueClient) => db.place.findMany({ orderBy: { ordinal: 'asc' } }),
  facts: (db: CatalogueClient) => db.fact.findMany({ orderBy: { id: 'asc' } }),
  items: (db: CatalogueClient) => db.item.findMany({ orderBy: { position: 'asc' } }),
  itemPlaces: (db: CatalogueClient) =>
    db.itemPlace.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
  itemTopics: (db: CatalogueClient) => db.itemTopic.findMany(),
  itemYears: (db: CatalogueClient) => db.itemYear.findMany({ orderBy: { year: 'asc' } }),
  itemCommitments: (db: CatalogueClient) =>
    db.itemCommitment.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
  itemOrdinals: (db: CatalogueClient) =>
    db.itemOrdinal.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
  links: (db: CatalogueClient) => db.itemLink.findMany(),
  translationSets: (db: CatalogueClient) =>
    db.translationSet.findMany({ orderBy: { locale: 'asc' } }),
  translations: (db: CatalogueClient) => db.translation.findMany(),
  headingTranslations: (db: CatalogueClient) => db.categoryTranslation.findMany(),
};

type Reads = typeof READS;
export type CatalogueTables = { [Table in keyof Reads]: Awaited<ReturnType<Reads[Table]>> };

/**
 * Every table of one catalogue. `db` is one answer's lease (SQLite) or transaction
 * (PostgreSQL), so every table comes from the same catalogue. The reads go one after another:
 * a PostgreSQL transaction (one connection) must not be sent a query while it runs another, and
 * on SQLite each query is synchronous anyway.
 */
export async function readTables(db: CatalogueClient): Promise<CatalogueTables> {
  const tables: Record<string, unknown> = {};
  for (const [table, read] of Object.entries(READS)) tables[table] = await read(db);
  return tables as CatalogueTables;
}

/** One row of a table as Prisma reads it. */
export type RowOf<Table extends keyof CatalogueTables> = NonNullable<
  CatalogueTables[Table] extends readonly (infer Row)[] ? Row : CatalogueTables[Table]
>;
