import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import { configuredDatabaseUrl } from '@/lib/db/database-url';
import { oneAfterAnother } from '@/lib/db/reader';
import { type FacetVocabulary, facetVocabulary } from './facets';
import type { FacetKey } from './filters';
import { type IndexedItem, ListingIndex } from './listing-index';

/** What every listing of one loaded catalogue shares: its index and its facets' labels. */
export interface ListingSnapshot {
  index: ListingIndex;
  vocabulary: FacetVocabulary;
}

// Keyed by database and load: ingest writes a new Source row (hash and time) with every
// catalogue it loads, so a new load is a new key and an old snapshot is never served for it.
// A few are kept for tests and benchmarks that switch between databases.
const SNAPSHOTS_KEPT = 4;
const snapshots = new Map<string, Promise<ListingSnapshot>>();

/**
 * The listing snapshot of the catalogue `db` reads, built on first use and kept until another
 * load replaces it. Built from `db` itself, so it belongs to the same file (SQLite) or the same
 * transaction's snapshot (PostgreSQL) as everything else the answer reads.
 */
export async function listingSnapshotOf(db: CatalogueClient): Promise<ListingSnapshot> {
  const source = await db.source.findFirst({
    select: { sha256: true, ingestedAt: true },
    orderBy: { id: 'desc' },
  });
  const key = [configuredDatabaseUrl(), source?.sha256, source?.ingestedAt.toISOString()].join(
    '\n',
  );
  let snapshot = snapshots.get(key);
  if (snapshot) {
    // Most recently used last, so the oldest is the first to go.
    snapshots.delete(key);
  } else {
    snapshot = loadSnapshot(db);
    snapshot.catch(() => snapshots.delete(key));
  }
  snapshots.set(key, snapshot);
  for (const oldest of snapshots.keys()) {
    if (snapshots.size <= SNAPSHOTS_KEPT) break;
    snapshots.delete(oldest);
  }
  return snapshot;
}

async function loadSnapshot(db: CatalogueClient): Promise<ListingSnapshot> {
  const [items, byTitle, places, topics, years, vocabulary] = await oneAfterAnother(
    () =>
      db.item.findMany({
        select: {
          id: true,
          key: true,
          sectionKey: true,
          categoryOrdinal: true,
          typeKey: true,
          number: true,
          searchText: true,
        },
        orderBy: { position: 'asc' },
      }),
    () =>
      db.item.findMany({
        select: { id: true },
        orderBy: [{ titleSort: 'asc' }, { position: 'asc' }],
      }),
    () => db.itemPlace.findMany({ select: { itemId: true, placeSlug: true } }),
    () => db.itemTopic.findMany({ select: { itemId: true, topicKey: true } }),
    () => db.itemYear.findMany({ select: { itemId: true, year: true } }),
    () => facetVocabulary(db),
  );
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const linked = (rows: Array<{ itemId: number; value: string }>) => {
    const byItem = items.map((): string[] => []);
    for (const { itemId, value } of rows) {
      const index = indexOf.get(itemId);
      if (index !== undefined) byItem[index]?.push(value);
    }
    return byItem;
  };
  const placesOf = linked(places.map((row) => ({ itemId: row.itemId, value: row.placeSlug })));
  const topicsOf = linked(topics.map((row) => ({ itemId: row.itemId, value: row.topicKey })));
  const yearsOf = linked(years.map((row) => ({ itemId: row.itemId, value: String(row.year) })));
  const indexed = items.map(
    (item, index): IndexedItem => ({
      key: item.key,
      number: item.number,
      searchText: item.searchText,
      values: {
        section: [item.sectionKey],
        category: [`${item.sectionKey}.${item.categoryOrdinal}`],
        place: placesOf[index] ?? [],
        type: [item.typeKey],
        topic: topicsOf[index] ?? [],
        year: yearsOf[index] ?? [],
      } satisfies Record<FacetKey, string[]>,
    }),
  );
  const titleOrder = byTitle.map(({ id }) => indexOf.get(id) ?? 0);
  return { index: new ListingIndex(indexed, titleOrder), vocabulary };
}
