import { itemKey } from '@/lib/enrich';
import { enrichmentProblems } from '@/lib/enrich/check';
import type { Enrichment, Fact, ItemLink, Place, Term } from '@/lib/enrich/types';
import type { PublicationFacts } from '@/lib/parser/publication';
import type { ParsedItem, ParsedList } from '@/lib/parser/types';
import type { CatalogueClient } from './client';
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
 * The writes that put the catalogue into an empty, migrated database, in dependency order, for
 * the caller to run in one transaction; each table's rows come from its converter (./rows.ts).
 */
export function catalogueWrites(db: CatalogueClient, data: CatalogueData) {
  const { items } = data.list;
  checkEnrichment(data);
  const categories = categoriesOf(data.list);
  const idOf = new Map(items.map((item, index) => [itemKey(item), index + 1]));
  const perItem = <Row>(rows: (item: ParsedItem, id: number, enrichment: Enrichment) => Row[]) =>
    items.flatMap((item, index) => rows(item, index + 1, data.enrichments[index] as Enrichment));
  return [
    db.source.create({ data: toSourceRow(data) }),
    db.section.createMany({ data: data.list.sections.map(toSectionRow) }),
    db.category.createMany({ data: categories.map(toCategoryRow) }),
    db.missingRange.createMany({ data: categories.flatMap(toMissingRangeRows) }),
    db.outcomeType.createMany({ data: data.outcomeTypes.map(toTermRow) }),
    db.topic.createMany({ data: data.topics.map(toTermRow) }),
    db.place.createMany({ data: toPlaceRows(data.places) }),
    db.fact.createMany({ data: data.facts.map(toFactRow) }),
    ...inChunks(
      perItem((item, id, enrichment) => [toItemRow(item, id, enrichment)]),
      (rows) => db.item.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, id, enrichment) => toItemPlaceRows(id, enrichment)),
      (rows) => db.itemPlace.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, id, enrichment) => toItemTopicRows(id, enrichment)),
      (rows) => db.itemTopic.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, id, enrichment) => toItemYearRows(id, enrichment)),
      (rows) => db.itemYear.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, id, enrichment) => toItemCommitmentRows(id, enrichment)),
      (rows) => db.itemCommitment.createMany({ data: rows }),
    ),
    ...inChunks(
      perItem((_, id, enrichment) => toItemOrdinalRows(id, enrichment)),
      (rows) => db.itemOrdinal.createMany({ data: rows }),
    ),
    ...inChunks(data.links.map(toItemLinkRow), (rows) => db.itemLink.createMany({ data: rows })),
    db.translationSet.createMany({ data: data.translations.map(toTranslationSetRow) }),
    ...inChunks(
      data.translations.flatMap((translation) => toTranslationRows(translation, idOf)),
      (rows) => db.translation.createMany({ data: rows }),
    ),
    db.categoryTranslation.createMany({
      data: data.translations.flatMap((translation) =>
        toCategoryTranslationRows(translation, categories),
      ),
    }),
  ];
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
