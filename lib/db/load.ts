import { itemKey } from '@/lib/enrich';
import { enrichmentProblems } from '@/lib/enrich/check';
import type { Enrichment, Fact, ItemLink, Place, Term } from '@/lib/enrich/types';
import type { PublicationFacts } from '@/lib/parser/publication';
import type { ParsedItem, ParsedList } from '@/lib/parser/types';
import type { CatalogueClient } from './client';
import type { Prisma } from './generated/sqlite/client';
import {
  categoriesOf,
  toCategoryRow,
  toCategoryTranslationRows,
  toFactRow,
  toItemCommitmentRows,
  toItemLinkRow,
  toItemOrdinalRows,
  toItemPlaceRows,
  toItemRow,
  toItemTopicRows,
  toItemYearRows,
  toMissingRangeRows,
  toPlaceRows,
  toSectionRow,
  toSourceRow,
  toTermRow,
  toTranslationRows,
  toTranslationSetRow,
} from './rows';
import type { IngestVersions } from './versions';

interface SourceRecord {
  fileName: string;
  sha256: string;
  publication: PublicationFacts;
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
 * Every table's rows but the source's, each from its converter (./rows.ts), keyed by table and
 * in dependency order (parents first), checked against the list and the vocabularies before
 * anything is written.
 */
export function catalogueRows(data: CatalogueData) {
  const { items } = data.list;
  checkEnrichment(data);
  const categories = categoriesOf(data.list);
  const idOf = new Map(items.map((item, index) => [itemKey(item), index + 1]));
  const perItem = <Row>(rows: (item: ParsedItem, id: number, enrichment: Enrichment) => Row[]) =>
    items.flatMap((item, index) => rows(item, index + 1, data.enrichments[index] as Enrichment));
  return {
    Section: data.list.sections.map(toSectionRow),
    Category: categories.map(toCategoryRow),
    MissingRange: categories.flatMap(toMissingRangeRows),
    OutcomeType: data.outcomeTypes.map(toTermRow),
    Topic: data.topics.map(toTermRow),
    Place: toPlaceRows(data.places),
    Fact: data.facts.map(toFactRow),
    Item: perItem((item, id, enrichment) => [toItemRow(item, id, enrichment)]),
    ItemPlace: perItem((_, id, enrichment) => toItemPlaceRows(id, enrichment)),
    ItemTopic: perItem((_, id, enrichment) => toItemTopicRows(id, enrichment)),
    ItemYear: perItem((_, id, enrichment) => toItemYearRows(id, enrichment)),
    ItemCommitment: perItem((_, id, enrichment) => toItemCommitmentRows(id, enrichment)),
    ItemOrdinal: perItem((_, id, enrichment) => toItemOrdinalRows(id, enrichment)),
    ItemLink: data.links.map(toItemLinkRow),
    TranslationSet: data.translations.map(toTranslationSetRow),
    Translation: data.translations.flatMap((translation) => toTranslationRows(translation, idOf)),
    CategoryTranslation: data.translations.flatMap((translation) =>
      toCategoryTranslationRows(translation, categories),
    ),
  } satisfies { [Table in Prisma.ModelName]?: readonly object[] };
}

/**
 * The writes that put the catalogue into an empty, migrated database through Prisma, in
 * dependency order, for the caller to run in one transaction.
 */
export function catalogueWrites(db: CatalogueClient, data: CatalogueData) {
  const tables = catalogueRows(data);
  return [
    db.source.create({ data: toSourceRow(data) }),
    ...Object.entries(tables).flatMap(([table, rows]: [string, readonly object[]]) =>
      inChunks(rows, (chunk) => delegateOf(db, table).createMany({ data: chunk })),
    ),
  ];
}

interface TableWriter {
  createMany(args: { data: readonly object[] }): Prisma.PrismaPromise<unknown>;
}

/** The client's model of a table (Item → db.item): every table catalogueRows names has one. */
function delegateOf(db: CatalogueClient, table: string): TableWriter {
  const model = `${table.charAt(0).toLowerCase()}${table.slice(1)}`;
  return (db as unknown as Record<string, TableWriter>)[model] as TableWriter;
}

/** Refuses enrichment that does not fit the list and the vocabularies, before anything is written. */
function checkEnrichment(data: CatalogueData): void {
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
}

// Prisma's createMany grows slower than linearly with the rows in one call, so large tables go
// in chunks (docs/PERFORMANCE.md, "Measured for a decision").
const CHUNK_ROWS = 1_000;

function inChunks<Row, Write>(rows: readonly Row[], write: (chunk: Row[]) => Write): Write[] {
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
    db.itemOrdinal.deleteMany(),
    db.itemCommitment.deleteMany(),
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
