import 'server-only';
import { createHash } from 'node:crypto';
import { FACTS } from '@/lib/enrich/facts';
import { placeOf } from '@/lib/enrich/gazetteer';
import { OUTCOME_TYPES } from '@/lib/enrich/outcome-type';
import { TOPICS } from '@/lib/enrich/topics';
import type { PlaceKind } from '@/lib/enrich/types';
import type { LocaleKey } from '@/lib/i18n/locales';
import { type Named, type Names, namesFrom } from '@/lib/i18n/names';
import type { SectionKey } from '@/lib/parser/types';
import { categoryValue } from './address';
import type { CategoryEntry, FactEntry, PlaceEntry, SectionEntry, SourceInfo, Term } from './model';
import type { CatalogueTables, RowOf } from './read-tables';

/**
 * The catalogue's parts other than items, one converter per table (./model.ts): categories
 * with their section, missing runs and translated headings; sections with their categories;
 * places with their counts; types and topics; facts; the source and its version.
 */

/**
 * An entry's names in every language (lib/i18n/names.ts). The database keeps two, in columns of
 * their own: the list's language's and English (`zh`, `en`), as loaded. A name in any other
 * language is read from the data file the entry came from (data/*.json, by its key), as the
 * units' names always are; where that lacks the entry (a catalogue loaded by other code), the
 * name as printed stands in.
 */
function toNames(row: { zh: string; en: string }, data: Named | undefined): Names {
  const stored: Partial<Record<LocaleKey, string>> = { zh: row.zh, en: row.en };
  return namesFrom((key) => stored[key] ?? data?.names[key] ?? row.zh);
}

const TYPE_BY_KEY = new Map(OUTCOME_TYPES.map((type) => [type.key, type]));
const TOPIC_BY_KEY = new Map(TOPICS.map((topic) => [topic.key, topic]));
const FACT_BY_ID = new Map(FACTS.map((fact) => [fact.id, fact]));

export function toTypes(tables: CatalogueTables): Term[] {
  return tables.types.map((row) => ({
    key: row.key,
    names: toNames(row, TYPE_BY_KEY.get(row.key)),
  }));
}

export function toTopics(tables: CatalogueTables): Term[] {
  return tables.topics.map((row) => ({
    key: row.key,
    names: toNames(row, TOPIC_BY_KEY.get(row.key)),
  }));
}

/** Every category, in list order: by section, then ordinal. */
export function toCategories(tables: CatalogueTables): CategoryEntry[] {
  const missingByCategory = groupBy(tables.missingRanges, (row) => row.categoryId);
  const headingsByCategory = groupBy(tables.headingTranslations, (row) => row.categoryId);
  const sectionByKey = new Map(tables.sections.map((row) => [row.key, row]));
  return tables.categories
    .map((row) =>
      toCategoryEntry(
        row,
        sectionByKey.get(row.sectionKey),
        missingByCategory.get(row.id) ?? [],
        headingsByCategory.get(row.id) ?? [],
      ),
    )
    .sort((a, b) => a.sectionOrdinal - b.sectionOrdinal || a.ordinal - b.ordinal);
}

function toCategoryEntry(
  row: RowOf<'categories'>,
  section: RowOf<'sections'> | undefined,
  missing: readonly RowOf<'missingRanges'>[],
  headings: readonly RowOf<'headingTranslations'>[],
): CategoryEntry {
  return {
    section: row.sectionKey as SectionKey,
    ordinal: row.ordinal,
    value: categoryValue(row.sectionKey as SectionKey, row.ordinal),
    heading: row.heading,
    line: row.line,
    headingTranslations: Object.fromEntries(
      headings.map(({ locale, heading }) => [locale, heading]),
    ),
    declaredCount: row.declaredCount,
    declaredMeasure: row.declaredMeasure,
    inferred: row.inferred,
    range: { first: row.rangeFirst, last: row.rangeLast },
    found: row.foundCount,
    missing: missing.map(({ first, last }) => ({ first, last })),
    sectionOrdinal: section?.ordinal ?? 0,
    sectionInferred: section?.inferred ?? true,
  };
}

/** A section with its categories, what they hold and what they declare. */
export function toSectionEntry(
  row: RowOf<'sections'>,
  categories: readonly CategoryEntry[],
): SectionEntry {
  const own = categories.filter((category) => category.section === row.key);
  const declared = own.map((category) => category.declaredCount);
  return {
    key: row.key as SectionKey,
    ordinal: row.ordinal,
    heading: row.heading,
    inferred: row.inferred,
    categories: own,
    found: own.reduce((sum, category) => sum + category.found, 0),
    declared: declared.every((count) => count !== null)
      ? declared.reduce((sum: number, count) => sum + (count ?? 0), 0)
      : null,
  };
}

/** Every place, with the items tagged with it and how many of those are inferred. */
export function toPlaces(tables: CatalogueTables): PlaceEntry[] {
  const counts = new Map(tables.places.map((row) => [row.slug, { items: 0, inferred: 0 }]));
  for (const row of tables.itemPlaces) {
    const count = counts.get(row.placeSlug);
    if (!count) continue;
    count.items += 1;
    if (row.via !== 'named') count.inferred += 1;
  }
  return tables.places.map((row) => toPlaceEntry(row, counts.get(row.slug)));
}

function toPlaceEntry(
  row: RowOf<'places'>,
  count: { items: number; inferred: number } | undefined,
): PlaceEntry {
  const data = placeOf(row.slug);
  return {
    slug: row.slug,
    names: toNames(row, data),
    full: data?.full ?? null,
    kind: row.kind as PlaceKind,
    parent: row.parentSlug,
    lat: row.lat,
    lon: row.lon,
    aliases: row.aliases === '' ? [] : row.aliases.split('\n'),
    itemCount: count?.items ?? 0,
    inferredCount: count?.inferred ?? 0,
  };
}

export function toFactEntry(row: RowOf<'facts'>): FactEntry {
  return {
    id: row.id,
    place: row.placeSlug,
    names: toNames(row, FACT_BY_ID.get(row.id)),
    why: row.why,
    source: { title: row.sourceTitle, publisher: row.sourcePublisher, date: row.sourceDate },
  };
}

const toDay = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;

/** The dateline's place and the gazetteer entry whose name or alias it is (天津 → Tianjin). */
function dispatchPlace(printed: string | null, places: readonly PlaceEntry[]) {
  if (printed === null) return null;
  const entry = places.find(
    (place) => Object.values(place.names).includes(printed) || place.aliases.includes(printed),
  );
  return { printed, entry: entry ?? null };
}

export function toSourceInfo(source: RowOf<'source'>, places: readonly PlaceEntry[]): SourceInfo {
  const yearFrom = source.dispatchYearFrom;
  const pageDate = toDay(source.pageDate);
  return {
    title: source.title,
    fileName: source.fileName,
    sha256: source.sha256,
    dispatch:
      source.dispatchLine === null
        ? null
        : {
            place: dispatchPlace(source.dispatchPlace, places),
            date: toDay(source.dispatchDate),
            yearFrom: yearFrom === 'page' || yearFrom === 'file-name' ? yearFrom : null,
            line: source.dispatchLine,
          },
    page: pageDate === null ? null : { date: pageDate, line: source.pageDateLine },
    ingestedAt: source.ingestedAt.toISOString(),
  };
}

/**
 * A catalogue's version: short, and different for every ingest — the source's digest, when it
 * was loaded, and the fingerprints of the code that read it.
 */
export function versionOf(source: RowOf<'source'>): string {
  return createHash('sha256')
    .update(
      [
        source.sha256,
        source.ingestedAt.toISOString(),
        source.parserVersion,
        source.enrichVersion,
        source.loaderVersion,
      ].join('\n'),
    )
    .digest('hex')
    .slice(0, 12);
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
