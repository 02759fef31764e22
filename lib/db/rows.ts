import { itemKey } from '@/lib/enrich';
import { parentsFirst } from '@/lib/enrich/check';
import type { Enrichment, Fact, ItemLink, Place, Term } from '@/lib/enrich/types';
import type { Names } from '@/lib/i18n/names';
import type {
  ParsedCategory,
  ParsedItem,
  ParsedList,
  ParsedSection,
  ParseIssue,
  SectionKey,
} from '@/lib/parser/types';
import { pinyinOf } from '@/lib/search/pinyin';
import type { Prisma } from './generated/sqlite/client';
import type { CatalogueData, TranslationRecord } from './load';

/**
 * One converter per table: what ingest holds (the parse, the enrichment, the vocabularies, the
 * translations) → the rows Prisma inserts. Ids are assigned by position: a category's id is its
 * place among all categories (CategoryInList), an item's its position in the printed list, so
 * rows referring to each other are made without reading anything back.
 */

/** A category with the section it belongs to and its id. */
interface CategoryInList extends ParsedCategory {
  section: SectionKey;
  id: number;
}

export function categoriesOf(list: ParsedList): CategoryInList[] {
  return list.sections
    .flatMap((section) =>
      section.categories.map((category) => ({ section: section.key, ...category })),
    )
    .map((category, index) => ({ ...category, id: index + 1 }));
}

/** A YYYY-MM-DD day as the database's DateTime: midnight UTC. */
const toDay = (day: string | null | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

export function toSourceRow(data: CatalogueData): Prisma.SourceCreateInput {
  const { dispatch, page } = data.source.publication;
  return {
    fileName: data.source.fileName,
    sha256: data.source.sha256,
    title: data.list.title,
    dispatchPlace: dispatch?.place ?? null,
    dispatchDate: toDay(dispatch?.date),
    dispatchYearFrom: dispatch?.yearFrom ?? null,
    dispatchLine: dispatch?.line ?? null,
    pageDate: toDay(page?.date),
    pageDateLine: page?.line ?? null,
    parserVersion: data.source.versions.parser,
    enrichVersion: data.source.versions.enrich,
    loaderVersion: data.source.versions.loader,
    text: data.source.text,
    issues: { createMany: { data: data.list.issues.map(toIssueRow) } },
  };
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

export function toSectionRow(section: ParsedSection): Prisma.SectionCreateManyInput {
  return {
    key: section.key,
    ordinal: section.ordinal,
    heading: section.heading,
    inferred: section.inferred,
    line: section.line,
  };
}

export function toCategoryRow(category: CategoryInList): Prisma.CategoryCreateManyInput {
  return {
    id: category.id,
    sectionKey: category.section,
    ordinal: category.ordinal,
    heading: category.heading,
    declaredCount: category.declaredCount,
    declaredMeasure: category.declaredMeasure,
    inferred: category.inferred,
    rangeFirst: category.range.first,
    rangeLast: category.range.last,
    foundCount: category.numbers.length,
    line: category.line,
  };
}

/** A category's missing numbers as runs of consecutive numbers: [1,2,3,7] → 1–3, 7–7. */
export function toMissingRangeRows(category: CategoryInList): Prisma.MissingRangeCreateManyInput[] {
  const runs: Prisma.MissingRangeCreateManyInput[] = [];
  for (const n of category.missing) {
    const last = runs[runs.length - 1];
    if (last && n === last.last + 1) last.last = n;
    else runs.push({ categoryId: category.id, first: n, last: n });
  }
  return runs;
}

/**
 * The names the database keeps in columns of their own: the list's language's and English. Names
 * in other languages stay in data/ and join them as the catalogue is read (lib/catalogue/to-entries).
 */
function storedNames(names: Names): { zh: string; en: string } {
  return { zh: names.zh, en: names.en };
}

/** An outcome type's or a topic's row; the vocabulary's order is kept as `ordinal`. */
export function toTermRow(term: Term, index: number): Prisma.TopicCreateManyInput {
  return { key: term.key, ...storedNames(term.names), ordinal: index + 1 };
}

/** Every place, parents before their children, each keeping its place in the gazetteer. */
export function toPlaceRows(places: readonly Place[]): Prisma.PlaceCreateManyInput[] {
  const ordinal = new Map(places.map((place, index) => [place.slug, index + 1]));
  return parentsFirst(places).map((place) => ({
    slug: place.slug,
    ...storedNames(place.names),
    kind: place.kind,
    parentSlug: place.parent,
    lat: place.lat,
    lon: place.lon,
    aliases: place.aliases.join('\n'),
    ordinal: ordinal.get(place.slug) as number,
  }));
}

export function toFactRow(fact: Fact): Prisma.FactCreateManyInput {
  return {
    id: fact.id,
    placeSlug: fact.place,
    ...storedNames(fact.names),
    why: fact.why,
    sourceTitle: fact.source.title,
    sourcePublisher: fact.source.publisher,
    sourceDate: fact.source.date,
  };
}

export function toItemRow(
  item: ParsedItem,
  id: number,
  enrichment: Enrichment,
): Prisma.ItemCreateManyInput {
  return {
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
  };
}

export function toItemPlaceRows(
  itemId: number,
  enrichment: Enrichment,
): Prisma.ItemPlaceCreateManyInput[] {
  return enrichment.places.map((place, ordinal) => ({
    itemId,
    placeSlug: place.slug,
    via: place.via,
    ref: place.ref,
    role: place.role,
    ordinal,
  }));
}

export function toItemTopicRows(
  itemId: number,
  enrichment: Enrichment,
): Prisma.ItemTopicCreateManyInput[] {
  return enrichment.topics.map((topicKey) => ({ itemId, topicKey }));
}

export function toItemYearRows(
  itemId: number,
  enrichment: Enrichment,
): Prisma.ItemYearCreateManyInput[] {
  return enrichment.years.map((year) => ({ itemId, year }));
}

/** An item's commitments as rows, in title order. */
export function toItemCommitmentRows(
  itemId: number,
  enrichment: Enrichment,
): Prisma.ItemCommitmentCreateManyInput[] {
  return enrichment.commitments.map((commitment, ordinal) => ({
    itemId,
    ordinal,
    quantity: commitment.quantity,
    unit: commitment.unit,
    kind: commitment.kind,
    relation: commitment.relation?.key ?? null,
    relationValue: commitment.relation?.value ?? null,
    periodKind: commitment.period?.kind ?? null,
    periodValue: commitment.period?.value ?? null,
    periodStart: commitment.period?.start ?? null,
    periodWords: commitment.period?.words ?? null,
    start: commitment.start,
    words: commitment.words,
  }));
}

/** An item's ordinals as rows, in title order. */
export function toItemOrdinalRows(
  itemId: number,
  enrichment: Enrichment,
): Prisma.ItemOrdinalCreateManyInput[] {
  return enrichment.ordinals.map((one, ordinal) => ({
    itemId,
    ordinal,
    value: one.value,
    kind: one.kind,
    series: one.series,
    start: one.start,
    words: one.words,
  }));
}

/** Links name items by index in the list; their ids are one more. */
export function toItemLinkRow({ from, to, kind }: ItemLink): Prisma.ItemLinkCreateManyInput {
  return { fromId: from + 1, toId: to + 1, kind };
}

export function toTranslationSetRow({
  locale,
  status,
  note,
  date,
}: TranslationRecord): Prisma.TranslationSetCreateManyInput {
  return { locale, status, note, date };
}

/** A language's item titles; a translation of an item this copy lacks has nothing to attach to. */
export function toTranslationRows(
  { locale, titles }: TranslationRecord,
  idOf: ReadonlyMap<string, number>,
): Prisma.TranslationCreateManyInput[] {
  return Object.entries(titles).flatMap(([key, title]) => {
    const itemId = idOf.get(key);
    return itemId === undefined ? [] : [{ itemId, locale, title }];
  });
}

/** A language's category headings, matched by the heading as printed. */
export function toCategoryTranslationRows(
  { locale, headings }: TranslationRecord,
  categories: readonly CategoryInList[],
): Prisma.CategoryTranslationCreateManyInput[] {
  return categories.flatMap((category) => {
    const heading = category.heading === null ? undefined : headings[category.heading];
    return heading === undefined ? [] : [{ categoryId: category.id, locale, heading }];
  });
}
