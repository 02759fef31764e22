import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import { configuredDatabaseUrl } from '@/lib/db/database-url';
import { oneAfterAnother } from '@/lib/db/reader';
import type { SectionKey } from '@/lib/parser/types';
import { type FacetVocabulary, facetVocabulary } from './facets';
import type { FacetKey } from './filters';
import { type IndexedItem, ListingIndex } from './listing-index';
import type { Label, OutcomeSummary, PlaceLabel } from './summary';

/**
 * What every listing of one loaded catalogue shares: the index that answers its filters,
 * counts and orders; each item's summary (the line a list shows), by the index's item number;
 * and the facets' labels. A listing then reads nothing from the database.
 */
interface ListingSnapshot {
  index: ListingIndex;
  summaries: readonly OutcomeSummary[];
  vocabulary: FacetVocabulary;
}

// A SQLite client reads one file for its whole life (lib/db/reader.ts opens another when ingest
// swaps the file), so a snapshot found for it is found with no query at all.
const byClient = new WeakMap<CatalogueClient, Promise<ListingSnapshot>>();
// Otherwise (PostgreSQL gives each answer its own transaction client), by database and load:
// ingest writes a new Source row (hash and time) with every catalogue, so a new load is a new
// key. Two are kept: the current load, and the one before it, which answers that started on
// the file ingest has just replaced may still be reading. Next.js compiles pages and route
// handlers separately, each with its own copy of this module: the map lives on globalThis so
// that both find one snapshot, built once and held once.
const SNAPSHOTS_KEPT = 2;
const SHARED = Symbol.for('sco-outcomes-catalogue.listing-snapshots');
const shared = globalThis as { [SHARED]?: Map<string, Promise<ListingSnapshot>> };
shared[SHARED] ??= new Map();
const byLoad = shared[SHARED];

/**
 * The listing snapshot of the catalogue `db` reads, built on first use and kept until another
 * load replaces it. Built from `db` itself, so it belongs to the same file (SQLite) or the same
 * transaction's snapshot (PostgreSQL) as everything else the answer reads.
 */
export function listingSnapshotOf(db: CatalogueClient): Promise<ListingSnapshot> {
  let snapshot = byClient.get(db);
  if (!snapshot) {
    snapshot = snapshotOfLoad(db);
    byClient.set(db, snapshot);
    snapshot.catch(() => byClient.delete(db));
  }
  return snapshot;
}

async function snapshotOfLoad(db: CatalogueClient): Promise<ListingSnapshot> {
  const source = await db.source.findFirst({
    select: { sha256: true, ingestedAt: true },
    orderBy: { id: 'desc' },
  });
  const key = [configuredDatabaseUrl(), source?.sha256, source?.ingestedAt.toISOString()].join(
    '\n',
  );
  let snapshot = byLoad.get(key);
  if (snapshot) {
    // Most recently used last, so the oldest is the first to go.
    byLoad.delete(key);
  } else {
    snapshot = loadSnapshot(db);
    snapshot.catch(() => byLoad.delete(key));
  }
  byLoad.set(key, snapshot);
  for (const oldest of byLoad.keys()) {
    if (byLoad.size <= SNAPSHOTS_KEPT) break;
    byLoad.delete(oldest);
  }
  return snapshot;
}

/**
 * Each table is read whole and joined here. The summaries are the ones SUMMARY_SELECT and
 * toOutcomeSummary (./summary.ts) give a page, but built from flat reads: Prisma loads nested
 * relations by binding every parent id, which past SQLite's parameter limit (some tens of
 * thousands of items) fails with P2029.
 */
async function loadSnapshot(db: CatalogueClient): Promise<ListingSnapshot> {
  const [items, byTitle, places, topics, years, vocabulary] = await oneAfterAnother(
    () =>
      db.item.findMany({
        select: {
          id: true,
          key: true,
          sectionKey: true,
          categoryOrdinal: true,
          number: true,
          title: true,
          typeKey: true,
          searchText: true,
        },
        orderBy: { position: 'asc' },
      }),
    () =>
      db.item.findMany({
        select: { id: true },
        orderBy: [{ titleSort: 'asc' }, { position: 'asc' }],
      }),
    () => db.itemPlace.findMany({ select: { itemId: true, placeSlug: true, via: true } }),
    () => db.itemTopic.findMany({ select: { itemId: true, topicKey: true } }),
    () => db.itemYear.findMany({ select: { itemId: true, year: true } }),
    () => facetVocabulary(db),
  );
  const indexOf = new Map(items.map((item, index) => [item.id, index]));
  const perItem = <T>(rows: readonly T[], itemId: (row: T) => number) => {
    const byItem = items.map((): T[] => []);
    for (const row of rows) byItem[indexOf.get(itemId(row)) ?? -1]?.push(row);
    return byItem;
  };
  const placesOf = perItem(places, (row) => row.itemId);
  const topicsOf = perItem(topics, (row) => row.itemId);
  const yearsOf = perItem(years, (row) => row.itemId);

  // Labels in the vocabularies' order, which is the places' and topics' ordinal order.
  const labels = <T>(
    entries: FacetVocabulary['type'],
    make: (key: string, zh: string, en: string) => T,
  ) =>
    new Map(
      entries.map(({ value, zh, en }, rank) => [
        value,
        { label: make(value, zh ?? '', en ?? ''), rank },
      ]),
    );
  const typeLabels = labels(vocabulary.type, (key, zh, en): Label => ({ key, zh, en }));
  const topicLabels = labels(vocabulary.topic, (key, zh, en): Label => ({ key, zh, en }));
  const placeLabels = labels(vocabulary.place, (slug, zh, en): PlaceLabel => ({ slug, zh, en }));
  const inOrder = <T>(found: Array<{ label: T; rank: number } | undefined>) =>
    found
      .filter((entry) => entry !== undefined)
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.label);

  const indexed: IndexedItem[] = [];
  const summaries: OutcomeSummary[] = [];
  items.forEach((item, index) => {
    const itemPlaces = placesOf[index] ?? [];
    const itemTopics = (topicsOf[index] ?? []).map((row) => row.topicKey);
    const itemYears = (yearsOf[index] ?? []).map((row) => row.year).sort((a, b) => a - b);
    indexed.push({
      number: item.number,
      searchText: item.searchText,
      values: {
        section: [item.sectionKey],
        category: [`${item.sectionKey}.${item.categoryOrdinal}`],
        place: itemPlaces.map((row) => row.placeSlug),
        type: [item.typeKey],
        topic: itemTopics,
        year: itemYears.map(String),
      } satisfies Record<FacetKey, string[]>,
    });
    summaries.push({
      key: item.key,
      section: item.sectionKey as SectionKey,
      category: item.categoryOrdinal,
      number: item.number,
      title: item.title,
      type: typeLabels.get(item.typeKey)?.label ?? { key: item.typeKey, zh: '', en: '' },
      // Only the places the title names; the regions and countries they imply are for filters.
      places: inOrder(
        itemPlaces
          .filter((row) => row.via === 'named')
          .map((row) => placeLabels.get(row.placeSlug)),
      ),
      topics: inOrder(itemTopics.map((topic) => topicLabels.get(topic))),
      years: itemYears,
    });
  });
  const titleOrder = byTitle.map(({ id }) => indexOf.get(id) ?? 0);
  return { index: new ListingIndex(indexed, titleOrder), summaries, vocabulary };
}
