import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEnrichmentTable, type TableTie } from './enrichment-table';
import { EXPECTED_ITEMS } from './source';

/**
 * The catalogue the tests expect, read from the tables made by hand — the titles as they stand
 * in the source (fixtures/expected-items.tsv) and each item's places, with how each is reached,
 * type, topics and years as an expert reads them (fixtures/expected-enrichment.tsv, made by
 * reading the titles against the rules, not from the code's output). Nothing here calls the
 * parser or the enrichment, so a bug in either shows up as a difference.
 */

export type ExpectedPlace = TableTie;

export interface ExpectedItem {
  key: string;
  section: string;
  category: number;
  number: number;
  title: string;
  places: ExpectedPlace[];
  type: string;
  secondaryType: string | null;
  topics: string[];
  years: string[];
  /** The units of the title's commitments (fixtures/expected-numbers.tsv), each once. */
  units: string[];
}

const ENRICHMENT = new Map(
  readEnrichmentTable(
    readFileSync(
      fileURLToPath(new URL('../fixtures/expected-enrichment.tsv', import.meta.url)),
      'utf8',
    ),
  ).map((row) => [row.key, row]),
);

/** Each item's commitment units, from the hand-made table of every number in the titles. */
const UNITS = new Map<string, string[]>();
for (const row of readFileSync(
  fileURLToPath(new URL('../fixtures/expected-numbers.tsv', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)) {
  const [key = '', , kind = '', , unit = ''] = row.split('\t');
  if (kind !== 'amount' && kind !== 'relative') continue;
  const units = UNITS.get(key) ?? [];
  if (!units.includes(unit)) units.push(unit);
  UNITS.set(key, units);
}

/** Each place's parent, as the gazetteer file gives it. */
const PARENT = new Map(
  (
    JSON.parse(
      readFileSync(fileURLToPath(new URL('../../data/gazetteer.json', import.meta.url)), 'utf8'),
    ) as { places: Array<{ slug: string; parent: string | null }> }
  ).places.map((place) => [place.slug, place.parent]),
);

/**
 * Where an item took place, by the table: the places it ties as venue, and every place the
 * gazetteer puts them in (documents 70, adopted in Qingdao, is in China too, though the table
 * ties China to it as a party).
 */
export function expectedVenues(item: Pick<ExpectedItem, 'places'>): string[] {
  const venues = new Set<string>();
  for (const tie of item.places) {
    if (tie.role !== 'venue') continue;
    for (let slug: string | null = tie.slug; slug; slug = PARENT.get(slug) ?? null)
      venues.add(slug);
  }
  return [...venues];
}

/** Every item of the real list, in list order, as the hand-made tables have it. */
export const EXPECTED: ExpectedItem[] = EXPECTED_ITEMS.map((item) => {
  const key = `${item.section}-${item.number}`;
  const row = ENRICHMENT.get(key);
  if (row?.title !== item.title)
    throw new Error(`${key}: the two hand-made tables disagree on its title`);
  return {
    key,
    ...item,
    places: row.places,
    type: row.type,
    secondaryType: row.secondaryType,
    topics: row.topics,
    years: row.years,
    units: UNITS.get(key) ?? [],
  };
});

export function keysOf(items: ReadonlyArray<{ key: string }>): string[] {
  return items.map((item) => item.key).sort();
}

export interface ReferenceFilters {
  section?: string[];
  category?: string[];
  place?: string[];
  venue?: string[];
  type?: string[];
  topic?: string[];
  year?: string[];
  commitment?: string[];
  unit?: string[];
}

type FacetName = keyof ReferenceFilters;

const VALUES: Record<FacetName, (item: ExpectedItem) => string[]> = {
  section: (item) => [item.section],
  category: (item) => [`${item.section}.${item.category}`],
  // Every place, inferred ones included; the table lists each place's containers as `parent`.
  place: (item) => item.places.map((place) => place.slug),
  // Where it took place or was put forward, and what contains that.
  venue: expectedVenues,
  // A compound title's second event counts too.
  type: (item) => [item.type, ...(item.secondaryType ? [item.secondaryType] : [])],
  topic: (item) => item.topics,
  year: (item) => item.years,
  // Whether the title commits to anything (the filter's one value), and in what units.
  commitment: (item) => (item.units.length > 0 ? ['yes'] : []),
  unit: (item) => item.units,
};

/** A plain filter over the expected items: values OR within a facet, facets AND. */
export function referenceMatches(
  items: readonly ExpectedItem[],
  filters: ReferenceFilters,
  except?: FacetName,
): ExpectedItem[] {
  return items.filter((item) =>
    (Object.keys(VALUES) as FacetName[]).every((facet) => {
      const wanted = filters[facet];
      if (facet === except || !wanted || wanted.length === 0) return true;
      return VALUES[facet](item).some((value) => wanted.includes(value));
    }),
  );
}

/** Per facet, value → count among the items matching every other facet. */
export function referenceFacets(
  items: readonly ExpectedItem[],
  filters: ReferenceFilters,
): Record<FacetName, Record<string, number>> {
  const facets = {} as Record<FacetName, Record<string, number>>;
  for (const facet of Object.keys(VALUES) as FacetName[]) {
    const counts: Record<string, number> = {};
    for (const item of referenceMatches(items, filters, facet)) {
      for (const value of new Set(VALUES[facet](item))) counts[value] = (counts[value] ?? 0) + 1;
    }
    facets[facet] = counts;
  }
  return facets;
}
