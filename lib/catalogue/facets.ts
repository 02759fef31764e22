import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import { oneAfterAnother } from '@/lib/db/reader';
import type { FacetKey, Filters } from './filters';

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
 * Every facet's values with their counts (from lib/catalogue/listing-index.ts, each counted
 * under all the other facets' conditions). Values with no items are left out unless selected,
 * so a selected value that the other filters empty still shows, with 0.
 */
export function toFacets(
  vocabulary: FacetVocabulary,
  counts: Record<FacetKey, ReadonlyMap<string, number>>,
  filters: Filters,
): Facets {
  const facet = (key: Exclude<FacetKey, 'year'>): FacetValue[] =>
    toFacetValues(vocabulary[key], counts[key], new Set(filters[key].map(String)));
  return {
    section: facet('section'),
    category: facet('category'),
    type: facet('type'),
    place: facet('place'),
    topic: facet('topic'),
    year: toFacetValues(
      // Years have no table of their own: the values are those counted plus those selected.
      [...new Set([...[...counts.year.keys()].map(Number), ...filters.year])]
        .sort((a, b) => a - b)
        .map((year) => ({ value: String(year), zh: null, en: null })),
      counts.year,
      new Set(filters.year.map(String)),
    ),
  };
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

export type FacetVocabulary = Record<Exclude<FacetKey, 'year'>, Vocabulary[]>;

/** Every value a facet can take, in the order pages list them. */
export async function facetVocabulary(db: CatalogueClient): Promise<FacetVocabulary> {
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
