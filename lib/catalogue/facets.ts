import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { oneAfterAnother } from '@/lib/db/reader';
import type { FacetKey, Filters } from './filters';
import type { ListingWhere } from './where';

export interface FacetValue {
  /** The value as it goes into the URL: `meetings`, `meetings.2`, `shenyang`, `2025`. */
  value: string;
  /** Items matching every other active facet and this value. */
  count: number;
  zh: string | null;
  en: string | null;
}

export type Facets = Record<FacetKey, FacetValue[]>;

interface Vocabulary {
  value: string;
  zh: string | null;
  en: string | null;
}

/**
 * Counts per value of every facet, each under all the other facets' conditions (the reused
 * ListingWhere). Values with no items are left out unless selected, so a selected value that
 * the other filters empty still shows, with 0.
 */
export async function countFacets(
  db: CatalogueClient,
  where: ListingWhere,
  filters: Filters,
): Promise<Facets> {
  // One query at a time: on PostgreSQL the answer's queries share one connection.
  const count = { _count: { _all: true } } as const;
  const sections = await db.item.groupBy({
    by: ['sectionKey'],
    where: where.without('section'),
    ...count,
  });
  const categories = await db.item.groupBy({
    by: ['sectionKey', 'categoryOrdinal'],
    where: where.without('category'),
    ...count,
  });
  const types = await db.item.groupBy({ by: ['typeKey'], where: where.without('type'), ...count });
  const places = await db.itemPlace.groupBy({
    by: ['placeSlug'],
    where: ofItems(where.without('place')),
    ...count,
  });
  const topics = await db.itemTopic.groupBy({
    by: ['topicKey'],
    where: ofItems(where.without('topic')),
    ...count,
  });
  const years = await db.itemYear.groupBy({
    by: ['year'],
    where: ofItems(where.without('year')),
    ...count,
  });
  const vocabulary = await facetVocabulary(db);
  const facet = (key: Exclude<FacetKey, 'year'>, counted: Array<[string, number]>): FacetValue[] =>
    toFacetValues(vocabulary[key], new Map(counted), new Set(filters[key].map(String)));
  return {
    section: facet(
      'section',
      sections.map((g) => [g.sectionKey, g._count._all]),
    ),
    category: facet(
      'category',
      categories.map((g) => [`${g.sectionKey}.${g.categoryOrdinal}`, g._count._all]),
    ),
    type: facet(
      'type',
      types.map((g) => [g.typeKey, g._count._all]),
    ),
    place: facet(
      'place',
      places.map((g) => [g.placeSlug, g._count._all]),
    ),
    topic: facet(
      'topic',
      topics.map((g) => [g.topicKey, g._count._all]),
    ),
    year: toFacetValues(
      // Years have no table of their own: the values are those counted plus those selected.
      [...new Set([...years.map((g) => g.year), ...filters.year])]
        .sort((a, b) => a - b)
        .map((year) => ({ value: String(year), zh: null, en: null })),
      new Map(years.map((g) => [String(g.year), g._count._all])),
      new Set(filters.year.map(String)),
    ),
  };
}

/** A join table's rows whose item matches; all rows when nothing is filtered. */
function ofItems(where: Prisma.ItemWhereInput | undefined) {
  return where ? { item: where } : {};
}

function toFacetValues(
  vocabulary: readonly Vocabulary[],
  counts: ReadonlyMap<string, number>,
  selected: ReadonlySet<string>,
): FacetValue[] {
  return vocabulary
    .filter(({ value }) => counts.has(value) || selected.has(value))
    .map((entry) => ({ ...entry, count: counts.get(entry.value) ?? 0 }));
}

/** Every value a facet can take, in the order pages list them. */
async function facetVocabulary(
  db: CatalogueClient,
): Promise<Record<Exclude<FacetKey, 'year'>, Vocabulary[]>> {
  const [sections, categories, types, places, topics] = await oneAfterAnother(
    () => db.section.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.category.findMany({ orderBy: [{ section: { ordinal: 'asc' } }, { ordinal: 'asc' }] }),
    () => db.outcomeType.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.place.findMany({ orderBy: { ordinal: 'asc' } }),
    () => db.topic.findMany({ orderBy: { ordinal: 'asc' } }),
  );
  return {
    section: sections.map((s) => ({ value: s.key, zh: s.heading, en: null })),
    category: categories.map((c) => ({
      value: `${c.sectionKey}.${c.ordinal}`,
      zh: c.heading,
      en: null,
    })),
    type: types.map((t) => ({ value: t.key, zh: t.zh, en: t.en })),
    place: places.map((p) => ({ value: p.slug, zh: p.zh, en: p.en })),
    topic: topics.map((t) => ({ value: t.key, zh: t.zh, en: t.en })),
  };
}
