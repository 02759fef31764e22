import type { Enrichment, ItemPlace, Place, Term } from '@/lib/enrich/types';
import {
  type ParsedItem,
  type ParsedList,
  type ParseIssue,
  SECTION_KEYS,
} from '@/lib/parser/types';
import { searchTextOf, titleSortKeyOf } from '@/lib/search/text';
import type { CatalogueClient } from './client';
import { producedLinks } from './links';
import type { IngestVersions } from './versions';

interface SourceRecord {
  fileName: string;
  sha256: string;
  publishedOn: Date | null;
  text: string;
  versions: IngestVersions;
}

/** Everything one ingest writes: the parse, one enrichment per parsed item, the vocabularies. */
export interface CatalogueData {
  source: SourceRecord;
  list: ParsedList;
  enrichments: readonly Enrichment[];
  places: readonly Place[];
  outcomeTypes: readonly Term[];
  topics: readonly Term[];
}

class LoadError extends Error {
  override name = 'LoadError';
}

const sectionOrdinal = (key: ParsedItem['section']) => SECTION_KEYS.indexOf(key);

function itemKey(section: string, number: number): string {
  return `${section}-${number}`;
}

/**
 * The writes that put the catalogue into an empty, migrated database, in dependency order, for
 * the caller to run in one transaction. Ids are assigned here (an item's id is its position in
 * the printed list) so rows referring to each other are inserted in bulk, nothing read back.
 */
export function catalogueWrites(db: CatalogueClient, data: CatalogueData) {
  const items = placedItems(data);
  const categories = data.list.sections.flatMap((section) =>
    section.categories.map((category) => ({ section: section.key, ...category })),
  );
  return [
    db.source.create({
      data: {
        fileName: data.source.fileName,
        sha256: data.source.sha256,
        title: data.list.title,
        publishedOn: data.source.publishedOn,
        parserVersion: data.source.versions.parser,
        enrichVersion: data.source.versions.enrich,
        loaderVersion: data.source.versions.loader,
        text: data.source.text,
        issues: { createMany: { data: data.list.issues.map(toIssueRow) } },
      },
    }),
    db.section.createMany({
      data: data.list.sections.map((section) => ({
        key: section.key,
        ordinal: section.ordinal,
        heading: section.heading,
        inferred: section.inferred,
        line: section.line,
      })),
    }),
    db.category.createMany({
      data: categories.map((category, index) => ({
        id: index + 1,
        sectionKey: category.section,
        ordinal: category.ordinal,
        heading: category.heading,
        declaredCount: category.declaredCount,
        inferred: category.inferred,
        rangeFirst: category.range.first,
        rangeLast: category.range.last,
        foundCount: category.numbers.length,
        line: category.line,
      })),
    }),
    db.missingRange.createMany({
      data: categories.flatMap((category, index) =>
        runsOf(category.missing).map(([first, last]) => ({ categoryId: index + 1, first, last })),
      ),
    }),
    db.outcomeType.createMany({
      data: data.outcomeTypes.map((term, index) => ({ ...pickTerm(term), ordinal: index + 1 })),
    }),
    db.topic.createMany({
      data: data.topics.map((term, index) => ({ ...pickTerm(term), ordinal: index + 1 })),
    }),
    db.place.createMany({ data: placeRows(data.places) }),
    ...inChunks(
      items.map(({ item, enrichment, id, namedPlaceNames }) => ({
        id,
        key: itemKey(item.section, item.number),
        sectionKey: item.section,
        categoryOrdinal: item.category,
        number: item.number,
        title: item.title,
        firstLine: item.sourceLines[0],
        lastLine: item.sourceLines[1],
        typeKey: enrichment.type,
        position: id,
        titleSort: titleSortKeyOf(item.title),
        searchText: searchTextOf(item.title, namedPlaceNames),
      })),
      (data) => db.item.createMany({ data }),
    ),
    ...inChunks(
      items.flatMap(({ id, places }) =>
        places.map((place) => ({ itemId: id, placeSlug: place.slug, via: place.via })),
      ),
      (data) => db.itemPlace.createMany({ data }),
    ),
    ...inChunks(
      items.flatMap(({ id, enrichment }) =>
        enrichment.topics.map((topicKey) => ({ itemId: id, topicKey })),
      ),
      (data) => db.itemTopic.createMany({ data }),
    ),
    ...inChunks(
      items.flatMap(({ id, enrichment }) => enrichment.years.map((year) => ({ itemId: id, year }))),
      (data) => db.itemYear.createMany({ data }),
    ),
    ...inChunks(
      producedLinks(
        items.map(({ id, item }) => ({ id, section: item.section, title: item.title })),
      ),
      (data) => db.itemLink.createMany({ data }),
    ),
  ];
}

// Prisma's createMany grows slower than linearly with the rows in one call (10 000 rows take
// twice as long as ten calls of 1 000), so large tables go in chunks.
const CHUNK_ROWS = 1_000;

function inChunks<Row, Write>(rows: Row[], write: (chunk: Row[]) => Write): Write[] {
  const writes: Write[] = [];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    writes.push(write(rows.slice(start, start + CHUNK_ROWS)));
  }
  return writes;
}

/** Every table emptied, children first: a PostgreSQL re-ingest replaces all rows in one transaction. */
export function catalogueDeletes(db: CatalogueClient) {
  return [
    db.itemLink.deleteMany(),
    db.itemYear.deleteMany(),
    db.itemTopic.deleteMany(),
    db.itemPlace.deleteMany(),
    db.item.deleteMany(),
    // A place's parent reference is ON DELETE SET NULL, so one statement clears the tree.
    db.place.deleteMany(),
    db.topic.deleteMany(),
    db.outcomeType.deleteMany(),
    db.missingRange.deleteMany(),
    db.category.deleteMany(),
    db.section.deleteMany(),
    db.parseIssue.deleteMany(),
    db.source.deleteMany(),
  ];
}

function pickTerm(term: Term): Term {
  return { key: term.key, zh: term.zh, en: term.en };
}

interface PlacedItem {
  id: number;
  item: ParsedItem;
  enrichment: Enrichment;
  /** Named places plus every place containing one, so a filter on 辽宁 finds 沈阳's items. */
  places: ItemPlace[];
  namedPlaceNames: string[];
}

function placedItems(data: CatalogueData): PlacedItem[] {
  if (data.enrichments.length !== data.list.items.length) {
    throw new LoadError(
      `${data.list.items.length} items but ${data.enrichments.length} enrichments`,
    );
  }
  const placesBySlug = new Map(data.places.map((place) => [place.slug, place]));
  const typeKeys = new Set(data.outcomeTypes.map((term) => term.key));
  const topicKeys = new Set(data.topics.map((term) => term.key));
  const paired = data.list.items.map((item, index) => ({
    item,
    enrichment: data.enrichments[index] as Enrichment,
  }));
  paired.sort(
    (a, b) =>
      sectionOrdinal(a.item.section) - sectionOrdinal(b.item.section) ||
      a.item.number - b.item.number,
  );
  return paired.map(({ item, enrichment }, index) => {
    const where = `${itemKey(item.section, item.number)} (line ${item.sourceLines[0]})`;
    if (!typeKeys.has(enrichment.type)) {
      throw new LoadError(`${where}: unknown outcome type "${enrichment.type}"`);
    }
    for (const topic of enrichment.topics) {
      if (!topicKeys.has(topic)) throw new LoadError(`${where}: unknown topic "${topic}"`);
    }
    const places = withAncestors(enrichment.places, placesBySlug, where);
    const namedPlaceNames = places
      .filter((place) => place.via === 'named')
      .flatMap((place) => {
        const known = placesBySlug.get(place.slug) as Place;
        return [known.zh, known.en, ...known.aliases];
      });
    return { id: index + 1, item, enrichment, places, namedPlaceNames };
  });
}

function withAncestors(
  given: readonly ItemPlace[],
  placesBySlug: ReadonlyMap<string, Place>,
  where: string,
): ItemPlace[] {
  const bySlug = new Map<string, ItemPlace>();
  for (const place of given) {
    if (!placesBySlug.has(place.slug))
      throw new LoadError(`${where}: unknown place "${place.slug}"`);
    if (bySlug.get(place.slug)?.via !== 'named') bySlug.set(place.slug, place);
  }
  for (const place of given.filter((p) => p.via === 'named')) {
    for (let parent = placesBySlug.get(place.slug)?.parent; parent; ) {
      if (!bySlug.has(parent)) bySlug.set(parent, { slug: parent, via: 'implied' });
      parent = placesBySlug.get(parent)?.parent ?? null;
    }
  }
  return [...bySlug.values()];
}

/** Parents before children, so each row's parent already exists when it is inserted. */
function placeRows(places: readonly Place[]) {
  const bySlug = new Map(places.map((p) => [p.slug, p]));
  const depth = (place: Place): number => {
    let levels = 0;
    for (let parent = place.parent; parent; parent = bySlug.get(parent)?.parent ?? null) {
      levels += 1;
      if (levels > places.length) throw new LoadError(`place "${place.slug}" is its own ancestor`);
    }
    return levels;
  };
  return places
    .map((place, index) => ({ place, index, depth: depth(place) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map(({ place, index }) => ({
      slug: place.slug,
      zh: place.zh,
      en: place.en,
      kind: place.kind,
      parentSlug: place.parent,
      lat: place.lat,
      lon: place.lon,
      aliases: place.aliases.join('\n'),
      ordinal: index + 1,
    }));
}

/** Ascending numbers → runs of consecutive numbers: [1,2,3,7] → [[1,3],[7,7]]. */
function runsOf(numbers: readonly number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const n of numbers) {
    const last = runs[runs.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

function toIssueRow(issue: ParseIssue, index: number) {
  const span = issueLines(issue);
  return {
    ordinal: index + 1,
    kind: issue.kind,
    detail: JSON.stringify(issue),
    firstLine: span?.[0] ?? null,
    lastLine: span?.[1] ?? null,
  };
}

function issueLines(issue: ParseIssue): readonly [number, number] | null {
  switch (issue.kind) {
    case 'fragment-placed':
    case 'unplaced-fragment':
    case 'skipped-lines':
      return issue.lines;
    case 'dateline-removed':
      return [issue.line, issue.line];
    case 'duplicate-number':
      return [Math.min(...issue.lines), Math.max(...issue.lines)];
    default:
      return null;
  }
}
