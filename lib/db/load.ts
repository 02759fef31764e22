import { itemKey } from '@/lib/enrich';
import { enrichmentProblems, parentsFirst } from '@/lib/enrich/check';
import type { Enrichment, Fact, ItemLink, Place, Term } from '@/lib/enrich/types';
import type { ParsedItem, ParsedList, ParseIssue } from '@/lib/parser/types';
import { pinyinOf } from '@/lib/search/pinyin';
import type { CatalogueClient } from './client';
import type { IngestVersions } from './versions';

interface SourceRecord {
  fileName: string;
  sha256: string;
  publishedOn: Date | null;
  text: string;
  versions: IngestVersions;
}

/** One language's titles (data/translations/<locale>.json), keyed by item key. */
export interface TranslationRecord {
  locale: string;
  status: string;
  note: string;
  date: string;
  titles: Readonly<Record<string, string>>;
  /** Category headings, keyed by the heading as printed. */
  headings: Readonly<Record<string, string>>;
}

/**
 * Everything one ingest writes: the parse, in list order; one enrichment per item and the links
 * between items (lib/enrich's enrichList); the vocabularies; the translations.
 */
export interface CatalogueData {
  source: SourceRecord;
  list: ParsedList;
  enrichments: readonly Enrichment[];
  links: readonly ItemLink[];
  places: readonly Place[];
  outcomeTypes: readonly Term[];
  topics: readonly Term[];
  facts: readonly Fact[];
  translations: readonly TranslationRecord[];
}

class LoadError extends Error {
  override name = 'LoadError';
}

/**
 * The writes that put the catalogue into an empty, migrated database, in dependency order, for
 * the caller to run in one transaction. Ids are assigned here (an item's id is its position in
 * the printed list, which is the parse's order) so rows referring to each other are inserted in
 * bulk, nothing read back.
 */
export function catalogueWrites(db: CatalogueClient, data: CatalogueData) {
  const { items } = data.list;
  const problems = enrichmentProblems(
    data.enrichments,
    { places: data.places, types: data.outcomeTypes, topics: data.topics },
    (index) =>
      items[index] ? `${itemKey(items[index])} (line ${items[index].sourceLines[0]})` : `#${index}`,
  );
  if (data.enrichments.length !== items.length) {
    problems.unshift(`${items.length} items but ${data.enrichments.length} enrichments`);
  }
  if (problems.length > 0) throw new LoadError(problems.slice(0, 5).join('; '));
  const idOf = new Map(items.map((item, index) => [itemKey(item), index + 1]));
  const categories = data.list.sections.flatMap((section) =>
    section.categories.map((category) => ({ section: section.key, ...category })),
  );
  const perItem = <Row>(rows: (item: ParsedItem, id: number, enrichment: Enrichment) => Row[]) =>
    items.flatMap((item, index) => rows(item, index + 1, data.enrichments[index] as Enrichment));
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
    db.fact.createMany({
      data: data.facts.map((fact) => ({
        id: fact.id,
        placeSlug: fact.place,
        zh: fact.zh,
        en: fact.en,
        why: fact.why,
        sourceTitle: fact.source.title,
        sourcePublisher: fact.source.publisher,
        sourceDate: fact.source.date,
      })),
    }),
    ...inChunks(
      perItem((item, id, enrichment) => [
        {
          id,
          key: itemKey(item),
          sectionKey: item.section,
          categoryOrdinal: item.category,
          number: item.number,
          title: item.title,
          firstLine: item.sourceLines[0],
          lastLine: item.sourceLines[1],
          typeKey: enrichment.type,
          secondaryTypeKey: enrichment.secondaryType,
          position: id,
          pinyin: JSON.stringify(pinyinOf(item.title)),
        },
      ]),
      (rows) => db.item.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, itemId, enrichment) =>
        enrichment.places.map((place, ordinal) => ({
          itemId,
          placeSlug: place.slug,
          via: place.via,
          ref: place.ref,
          role: place.role,
          ordinal,
        })),
      ),
      (rows) => db.itemPlace.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, itemId, enrichment) =>
        enrichment.topics.map((topicKey) => ({ itemId, topicKey })),
      ),
      (rows) => db.itemTopic.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, itemId, enrichment) => enrichment.years.map((year) => ({ itemId, year }))),
      (rows) => db.itemYear.createMany({ data: rows }),
    ),
    ...inChunks(
      data.links.map(({ from, to, kind }) => ({ fromId: from + 1, toId: to + 1, kind })),
      (rows) => db.itemLink.createMany({ data: rows }),
    ),
    db.translationSet.createMany({
      data: data.translations.map(({ locale, status, note, date }) => ({
        locale,
        status,
        note,
        date,
      })),
    }),
    ...inChunks(
      data.translations.flatMap(({ locale, titles }) =>
        Object.entries(titles).flatMap(([key, title]) => {
          // A translation of an item this copy lacks has nothing to attach to.
          const itemId = idOf.get(key);
          return itemId === undefined ? [] : [{ itemId, locale, title }];
        }),
      ),
      (rows) => db.translation.createMany({ data: rows }),
    ),
    db.categoryTranslation.createMany({
      data: data.translations.flatMap(({ locale, headings }) =>
        categories.flatMap((category, index) => {
          const heading = category.heading === null ? undefined : headings[category.heading];
          return heading === undefined ? [] : [{ categoryId: index + 1, locale, heading }];
        }),
      ),
    }),
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
    db.categoryTranslation.deleteMany(),
    db.translation.deleteMany(),
    db.translationSet.deleteMany(),
    db.itemLink.deleteMany(),
    db.itemYear.deleteMany(),
    db.itemTopic.deleteMany(),
    db.itemPlace.deleteMany(),
    db.item.deleteMany(),
    db.fact.deleteMany(),
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

function placeRows(places: readonly Place[]) {
  const ordinal = new Map(places.map((place, index) => [place.slug, index + 1]));
  return parentsFirst(places).map((place) => ({
    slug: place.slug,
    zh: place.zh,
    en: place.en,
    kind: place.kind,
    parentSlug: place.parent,
    lat: place.lat,
    lon: place.lon,
    aliases: place.aliases.join('\n'),
    ordinal: ordinal.get(place.slug) as number,
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
