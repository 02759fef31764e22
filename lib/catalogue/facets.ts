import { searchDocument } from '@/lib/search/document';
import { FACET_KEYS, type FacetKey, type Filters, type KnownValues } from './address';
import { type IndexedItem, ListingIndex, type ValueCount } from './listing-index';
import type { Catalogue, CatalogueItem } from './model';

/**
 * One table defines each facet: how an item's values are read, and the values it can take in
 * the loaded catalogue, in the order pages list them (with, for places, the value each sits
 * under). The listing index (buildIndex) and the vocabularies the facet panel lists
 * (facetTerms) are both made from it. Values are strings everywhere, as the URL spells them.
 */
interface FacetDefinition {
  valuesOf(item: CatalogueItem): readonly string[];
  /** Read once per load (Catalogue.facetTerms): a listing only looks it up. */
  vocabulary(catalogue: CatalogueContent): readonly FacetTerm[];
}

/** What the table reads: a catalogue before its index and vocabularies are made. */
type CatalogueContent = Omit<Catalogue, 'index' | 'facetTerms' | 'placeTree'>;

export interface FacetTerm {
  value: string;
  /** Places only: the value it sits under in the place tree; null at the top. */
  parent: string | null;
}

const flat = (value: string): FacetTerm => ({ value, parent: null });

const FACETS: Record<FacetKey, FacetDefinition> = {
  section: {
    valuesOf: (item) => [item.section],
    vocabulary: (catalogue) => catalogue.sections.map((section) => flat(section.key)),
  },
  category: {
    valuesOf: (item) => [item.category.value],
    vocabulary: (catalogue) => catalogue.categories.map((category) => flat(category.value)),
  },
  // Every place of the item, inferred ones included: a region or country matches what lies
  // inside it, and a forum matches the city its adopted initiative names.
  place: {
    valuesOf: (item) => item.places.map((tag) => tag.place.slug),
    vocabulary: (catalogue) =>
      catalogue.places.map((place) => ({ value: place.slug, parent: place.parent })),
  },
  // A compound title's second event counts too: a conference with a signing ceremony is found
  // among ceremonies.
  type: {
    valuesOf: (item) => [item.type.key, ...(item.secondaryType ? [item.secondaryType.key] : [])],
    vocabulary: (catalogue) => catalogue.types.map((type) => flat(type.key)),
  },
  topic: {
    valuesOf: (item) => item.topics.map((topic) => topic.key),
    vocabulary: (catalogue) => catalogue.topics.map((topic) => flat(topic.key)),
  },
  // Years have no table of their own: the values are those the titles state.
  year: {
    valuesOf: (item) => item.years,
    vocabulary: (catalogue) =>
      [...new Set(catalogue.items.flatMap((item) => item.years))].sort().map(flat),
  },
};

/** The values the address reader accepts for the facets whose vocabulary is the catalogue's. */
export function knownValues(
  catalogue: Pick<Catalogue, 'places' | 'types' | 'topics'>,
): KnownValues {
  return {
    place: new Set(catalogue.places.map((place) => place.slug)),
    type: new Set(catalogue.types.map((type) => type.key)),
    topic: new Set(catalogue.topics.map((topic) => topic.key)),
  };
}

/** The listing index of a catalogue being loaded: every item's facet values and search document. */
export function buildIndex(catalogue: CatalogueContent): ListingIndex {
  const indexed = catalogue.items.map(
    (item): IndexedItem => ({
      number: item.number,
      search: searchDocument(
        item.title,
        item.pinyin,
        item.translations,
        item.places
          .filter((tag) => tag.via === 'named')
          .flatMap((tag) => [tag.place.zh, tag.place.en, ...tag.place.aliases]),
      ),
      values: Object.fromEntries(
        FACET_KEYS.map((facet) => [facet, FACETS[facet].valuesOf(item)]),
      ) as Record<FacetKey, readonly string[]>,
      inferredPlaces: new Set(
        item.places.filter((tag) => tag.via !== 'named').map((tag) => tag.place.slug),
      ),
    }),
  );
  // By pinyin: the order readers of Chinese expect; list order between equal titles.
  const titleOrder = catalogue.items
    .map((item) => ({ index: item.index, key: item.pinyin.join(' ') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ index }) => index);
  return new ListingIndex(indexed, titleOrder);
}

export interface FacetValue extends FacetTerm, ValueCount {}

export type Facets = Record<FacetKey, FacetValue[]>;

/**
 * Every facet's values with their counts (each counted under all the other facets' conditions),
 * in vocabulary order. Values with no items are left out unless selected, so a selected value
 * that the other filters empty still shows, with 0.
 */
export function toFacets(
  catalogue: Catalogue,
  counts: Record<FacetKey, ReadonlyMap<string, ValueCount>>,
  filters: Filters,
): Facets {
  return Object.fromEntries(
    FACET_KEYS.map((facet) => {
      const selected = new Set(filters[facet]);
      const vocabulary = catalogue.facetTerms[facet];
      const known = new Set(vocabulary.map((term) => term.value));
      // A selected value the catalogue lacks (a year no title states) is still shown, with 0.
      const extra = [...selected].filter((value) => !known.has(value)).map(flat);
      const values = [...vocabulary, ...extra]
        .filter(({ value }) => counts[facet].has(value) || selected.has(value))
        .map((term) => ({
          ...term,
          ...(counts[facet].get(term.value) ?? { count: 0, inferred: 0 }),
        }));
      return [facet, values];
    }),
  ) as Facets;
}

/** Every facet's vocabulary, for Catalogue.facetTerms. */
export function facetTerms(catalogue: CatalogueContent): Record<FacetKey, readonly FacetTerm[]> {
  return Object.fromEntries(
    FACET_KEYS.map((facet) => [facet, FACETS[facet].vocabulary(catalogue)]),
  ) as Record<FacetKey, readonly FacetTerm[]>;
}
