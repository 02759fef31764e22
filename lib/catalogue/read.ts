import 'server-only';
import { createHash } from 'node:crypto';
import type { CatalogueClient } from '@/lib/db/client';
import { oneAfterAnother } from '@/lib/db/reader';
import type { PlaceKind, PlaceReason, PlaceRole } from '@/lib/enrich/types';
import type { ParseIssue, SectionKey } from '@/lib/parser/types';
import { categoryValue } from './address';
import { buildIndex, facetTerms } from './facets';
import type {
  Catalogue,
  CatalogueItem,
  CategoryEntry,
  FactEntry,
  PlaceEntry,
  PlaceTag,
  SectionEntry,
} from './model';

/** Thrown when the database holds no catalogue (an empty or half-made file). */
export class CatalogueEmptyError extends Error {
  override name = 'CatalogueEmptyError';
}

/**
 * The whole catalogue the database holds, read table by table and joined here (./model.ts).
 * Flat reads, not Prisma's nested ones: those bind every parent id as a parameter, which past
 * SQLite's limit (some tens of thousands of items) fails with P2029. `db` is one answer's lease
 * (SQLite) or transaction (PostgreSQL), so every table comes from the same catalogue.
 */
export async function readCatalogue(db: CatalogueClient): Promise<Catalogue> {
  const [
    source,
    issueRows,
    sectionRows,
    categoryRows,
    missingRows,
    types,
    topics,
    placeRows,
    factRows,
    itemRows,
    itemPlaces,
    itemTopics,
    itemYears,
    links,
    translationSets,
    translations,
    headingTranslations,
  ] = await oneAfterAnother(
    () => db.source.findFirst({ orderBy: { id: 'desc' } }),
    () => db.parseIssue.findMany({ orderBy: { ordinal: 'asc' }, select: { detail: true } }),
    () => db.section.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.category.findMany({ orderBy: [{ sectionKey: 'asc' }, { ordinal: 'asc' }] }),
    () => db.missingRange.findMany({ orderBy: { first: 'asc' } }),
    () => db.outcomeType.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
    () => db.topic.findMany({ orderBy: { ordinal: 'asc' }, select: TERM }),
    () => db.place.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.fact.findMany({ orderBy: { id: 'asc' } }),
    () => db.item.findMany({ orderBy: { position: 'asc' } }),
    () => db.itemPlace.findMany({ orderBy: [{ itemId: 'asc' }, { ordinal: 'asc' }] }),
    () => db.itemTopic.findMany(),
    () => db.itemYear.findMany({ orderBy: { year: 'asc' } }),
    () => db.itemLink.findMany(),
    () => db.translationSet.findMany({ orderBy: { locale: 'asc' } }),
    () => db.translation.findMany(),
    () => db.categoryTranslation.findMany(),
  );
  if (!source) throw new CatalogueEmptyError('the database holds no catalogue');

  const typeByKey = new Map(types.map((term) => [term.key, term]));
  const topicByKey = new Map(topics.map((term) => [term.key, term]));
  const topicRank = new Map(topics.map((term, rank) => [term.key, rank]));

  const missingByCategory = groupBy(missingRows, (row) => row.categoryId);
  const headingsByCategory = groupBy(headingTranslations, (row) => row.categoryId);
  const sectionRow = new Map(sectionRows.map((row) => [row.key, row]));
  const categories: CategoryEntry[] = categoryRows
    .map((row) => {
      const section = sectionRow.get(row.sectionKey);
      return {
        section: row.sectionKey as SectionKey,
        ordinal: row.ordinal,
        value: categoryValue(row.sectionKey as SectionKey, row.ordinal),
        heading: row.heading,
        line: row.line,
        headingTranslations: Object.fromEntries(
          (headingsByCategory.get(row.id) ?? []).map(({ locale, heading }) => [locale, heading]),
        ),
        declaredCount: row.declaredCount,
        inferred: row.inferred,
        range: { first: row.rangeFirst, last: row.rangeLast },
        found: row.foundCount,
        missing: (missingByCategory.get(row.id) ?? []).map(({ first, last }) => ({ first, last })),
        sectionOrdinal: section?.ordinal ?? 0,
        sectionInferred: section?.inferred ?? true,
      };
    })
    .sort((a, b) => a.sectionOrdinal - b.sectionOrdinal || a.ordinal - b.ordinal);
  const categoryByValue = new Map(categories.map((category) => [category.value, category]));
  const sections: SectionEntry[] = sectionRows.map((row) => {
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
  });

  const indexById = new Map(itemRows.map((row, index) => [row.id, index]));
  const perItem = <T>(rows: readonly T[], itemId: (row: T) => number): T[][] => {
    const byItem = itemRows.map((): T[] => []);
    for (const row of rows) byItem[indexById.get(itemId(row)) ?? -1]?.push(row);
    return byItem;
  };
  const placesOf = perItem(itemPlaces, (row) => row.itemId);
  const topicsOf = perItem(itemTopics, (row) => row.itemId);
  const yearsOf = perItem(itemYears, (row) => row.itemId);
  const translationsOf = perItem(translations, (row) => row.itemId);
  const producedOf = perItem(links, (row) => row.fromId);
  const producedByOf = perItem(links, (row) => row.toId);

  const counts = new Map(placeRows.map((row) => [row.slug, { items: 0, inferred: 0 }]));
  for (const row of itemPlaces) {
    const count = counts.get(row.placeSlug);
    if (!count) continue;
    count.items += 1;
    if (row.via !== 'named') count.inferred += 1;
  }
  const places: PlaceEntry[] = placeRows.map((row) => ({
    slug: row.slug,
    zh: row.zh,
    en: row.en,
    kind: row.kind as PlaceKind,
    parent: row.parentSlug,
    lat: row.lat,
    lon: row.lon,
    aliases: row.aliases === '' ? [] : row.aliases.split('\n'),
    itemCount: counts.get(row.slug)?.items ?? 0,
    inferredCount: counts.get(row.slug)?.inferred ?? 0,
  }));
  const placeBySlug = new Map(places.map((place) => [place.slug, place]));
  const facts = new Map<string, FactEntry>(
    factRows.map((row) => [
      row.id,
      {
        id: row.id,
        place: row.placeSlug,
        zh: row.zh,
        en: row.en,
        why: row.why,
        source: { title: row.sourceTitle, publisher: row.sourcePublisher, date: row.sourceDate },
      },
    ]),
  );

  // A linked place names the item it came from; rows carry what a reference shows.
  const translationsByIndex = itemRows.map((_, index) =>
    Object.fromEntries(
      (translationsOf[index] ?? []).map((translation) => [translation.locale, translation.title]),
    ),
  );
  const refByKey = new Map(
    itemRows.map((row, index) => [
      row.key,
      {
        key: row.key,
        section: row.sectionKey as SectionKey,
        number: row.number,
        title: row.title,
        translations: translationsByIndex[index] ?? {},
      },
    ]),
  );
  const tagsOf = (rows: readonly (typeof itemPlaces)[number][]): PlaceTag[] =>
    rows.flatMap((row) => {
      const place = placeBySlug.get(row.placeSlug);
      if (!place) return [];
      return [
        {
          place,
          via: row.via as PlaceReason,
          role: row.role as PlaceRole,
          fact: row.via === 'fact' && row.ref ? (facts.get(row.ref) ?? null) : null,
          linked: row.via === 'linked' && row.ref ? (refByKey.get(row.ref) ?? null) : null,
          word: row.via === 'abbreviation' ? row.ref : null,
          heading: row.via === 'heading' && row.ref ? (categoryByValue.get(row.ref) ?? null) : null,
        },
      ];
    });
  const items: CatalogueItem[] = itemRows.map((row, index) => {
    const category = categoryByValue.get(
      categoryValue(row.sectionKey as SectionKey, row.categoryOrdinal),
    );
    const type = typeByKey.get(row.typeKey);
    if (!category || !type) throw new CatalogueEmptyError(`item ${row.key} refers to nothing`);
    const indexesOf = (ids: readonly number[]) =>
      ids.map((id) => indexById.get(id) ?? -1).sort(byNumber);
    return {
      index,
      key: row.key,
      section: row.sectionKey as SectionKey,
      number: row.number,
      title: row.title,
      category,
      firstLine: row.firstLine,
      lastLine: row.lastLine,
      type,
      secondaryType: row.secondaryTypeKey ? (typeByKey.get(row.secondaryTypeKey) ?? null) : null,
      topics: (topicsOf[index] ?? [])
        .sort((a, b) => (topicRank.get(a.topicKey) ?? 0) - (topicRank.get(b.topicKey) ?? 0))
        .flatMap((topic) => topicByKey.get(topic.topicKey) ?? []),
      years: (yearsOf[index] ?? []).map((year) => String(year.year)),
      places: tagsOf(placesOf[index] ?? []),
      pinyin: JSON.parse(row.pinyin) as string[],
      translations: translationsByIndex[index] ?? {},
      produced: indexesOf((producedOf[index] ?? []).map((link) => link.toId)),
      producedBy: indexesOf((producedByOf[index] ?? []).map((link) => link.fromId)),
    };
  });
  const itemByKey = new Map(items.map((item) => [item.key, item]));

  const issues = issueRows.map(({ detail }) => JSON.parse(detail) as ParseIssue);
  const catalogue = {
    version: versionOf(source),
    source: {
      title: source.title,
      fileName: source.fileName,
      sha256: source.sha256,
      publishedOn: source.publishedOn?.toISOString().slice(0, 10) ?? null,
      ingestedAt: source.ingestedAt.toISOString(),
    },
    lines: source.text.split(/\r\n|\r|\n/),
    sections,
    categories,
    places,
    types,
    topics,
    facts,
    items,
    issues,
    translationSets,
    itemByKey,
    placeBySlug,
  };
  return { ...catalogue, index: buildIndex(catalogue), facetTerms: facetTerms(catalogue) };
}

const TERM = { key: true, zh: true, en: true } as const;

function byNumber(a: number, b: number): number {
  return a - b;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * A catalogue's version: short, and different for every ingest — the source's digest, when it
 * was loaded, and the fingerprints of the code that read it.
 */
function versionOf(source: {
  sha256: string;
  ingestedAt: Date;
  parserVersion: string;
  enrichVersion: string;
  loaderVersion: string;
}): string {
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
