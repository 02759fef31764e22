import { type CatalogueClient, sqliteClient } from '@/lib/db/client';
import type { DatabaseLocation } from '@/lib/db/database-url';
import { asCatalogueClient, postgresClient } from '@/lib/db/postgres';
import type { TestDatabase } from '../support/catalogue-db';

/** Where a test database is, as ingest takes it. */
export function locationOf(db: TestDatabase): DatabaseLocation {
  return db.path === ''
    ? { provider: 'postgresql', url: db.url }
    : { provider: 'sqlite', path: db.path };
}

function clientOf(location: DatabaseLocation): CatalogueClient {
  return location.provider === 'sqlite'
    ? sqliteClient(location.path, 'readonly')
    : asCatalogueClient(postgresClient(location.url, 'readonly'));
}

/** Every catalogue table's rows, each table in a fixed order, through the generated client. */
export async function readTables(location: DatabaseLocation) {
  const db = clientOf(location);
  try {
    return {
      Source: await db.source.findMany({ orderBy: { id: 'asc' } }),
      ParseIssue: await db.parseIssue.findMany({ orderBy: { ordinal: 'asc' } }),
      Section: await db.section.findMany({ orderBy: { ordinal: 'asc' } }),
      Category: await db.category.findMany({ orderBy: { id: 'asc' } }),
      MissingRange: await db.missingRange.findMany({
        orderBy: [{ categoryId: 'asc' }, { first: 'asc' }],
      }),
      OutcomeType: await db.outcomeType.findMany({ orderBy: { ordinal: 'asc' } }),
      Topic: await db.topic.findMany({ orderBy: { ordinal: 'asc' } }),
      Place: await db.place.findMany({ orderBy: { ordinal: 'asc' } }),
      Fact: await db.fact.findMany({ orderBy: { id: 'asc' } }),
      Item: await db.item.findMany({ orderBy: { position: 'asc' } }),
      ItemPlace: await db.itemPlace.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
      ItemTopic: await db.itemTopic.findMany({ orderBy: [{ itemId: 'asc' }, { topicKey: 'asc' }] }),
      ItemYear: await db.itemYear.findMany({ orderBy: [{ itemId: 'asc' }, { year: 'asc' }] }),
      ItemLink: await db.itemLink.findMany({ orderBy: [{ fromId: 'asc' }, { toId: 'asc' }] }),
      TranslationSet: await db.translationSet.findMany({ orderBy: { locale: 'asc' } }),
      Translation: await db.translation.findMany({
        orderBy: [{ itemId: 'asc' }, { locale: 'asc' }],
      }),
      CategoryTranslation: await db.categoryTranslation.findMany({
        orderBy: [{ categoryId: 'asc' }, { locale: 'asc' }],
      }),
    };
  } finally {
    await db.$disconnect();
  }
}

export type Tables = Awaited<ReturnType<typeof readTables>>;

/**
 * The tables with what differs between two loads of the same source left out: when it was
 * loaded, and the ids the database counts up itself (a source row's, its issues').
 */
export function withoutLoadStamps(tables: Tables) {
  return {
    ...tables,
    Source: tables.Source.map(({ id: _, ingestedAt: __, ...row }) => row),
    ParseIssue: tables.ParseIssue.map(({ id: _, sourceId: __, ...row }) => row),
    MissingRange: tables.MissingRange.map(({ id: _, ...row }) => row),
  };
}
