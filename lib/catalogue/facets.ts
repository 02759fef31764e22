import { localeOf } from '@/lib/i18n/locale';
import { TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import { searchDocument } from '@/lib/search/document';
import type { Filters, KnownValues } from './address';
import {
  type CatalogueContent,
  FACET_KEYS,
  type FacetKey,
  type FacetTerm,
  facetOf,
} from './facet-table';
import { type IndexedItem, ListingIndex, type ValueCount } from './listing-index';
import type { Catalogue } from './model';

export type { FacetTerm } from './facet-table';

const flat = (value: string): FacetTerm => ({ value, parent: null });

/** The values the address reader accepts for the facets whose vocabulary is the catalogue's. */
export function knownValues(catalogue: Pick<Catalogue, 'facetTerms'>): KnownValues {
  return Object.fromEntries(
    FACET_KEYS.filter((facet) => facetOf(facet).accepts === 'vocabulary').map((facet) => [
      facet,
      new Set(catalogue.facetTerms[facet].map((term) => term.value)),
    ]),
  );
}

// Most items infer nothing for most facets: one empty set for them all.
const NONE: ReadonlySet<string> = new Set();

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
          .flatMap((tag) => [...Object.values(tag.place.names), ...tag.place.aliases]),
        item.category.heading === null
          ? []
          : [item.category.heading, ...Object.values(item.category.headingTranslations)],
      ),
      values: Object.fromEntries(
        FACET_KEYS.map((facet) => [facet, facetOf(facet).valuesOf(item)]),
      ) as Record<FacetKey, readonly string[]>,
      inferred: Object.fromEntries(
        FACET_KEYS.map((facet): [FacetKey, ReadonlySet<string>] => {
          const inferred = facetOf(facet).inferredValuesOf?.(item) ?? [];
          return [facet, inferred.length === 0 ? NONE : new Set(inferred)];
        }),
      ) as Record<FacetKey, ReadonlySet<string>>,
    }),
  );
  // By pinyin: the order readers of Chinese expect; list order between equal titles.
  const titleOrder = catalogue.items
    .map((item) => ({ index: item.index, key: item.pinyin.join(' ') }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index))
    .map(({ index }) => index);
  // A reader of a translation sorts the titles he reads, alphabetically in his language; pinyin
  // means nothing to him. Titles without a translation follow, in pinyin order.
  const translatedOrders = new Map(
    TRANSLATED_LOCALES.map((key) => {
      const collator = new Intl.Collator(localeOf(key)?.lang ?? key);
      const rank = new Map(titleOrder.map((index, at) => [index, at]));
      const order = [...titleOrder].sort((a, b) => {
        const ta = catalogue.items[a]?.translations[key];
        const tb = catalogue.items[b]?.translations[key];
        if (ta === undefined || tb === undefined) {
          return ta === tb ? 0 : ta === undefined ? 1 : -1;
        }
        return collator.compare(ta, tb) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
      });
      return [key, order] as const;
    }),
  );
  return new ListingIndex(indexed, titleOrder, translatedOrders);
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
    FACET_KEYS.map((facet) => [facet, facetOf(facet).vocabulary(catalogue)]),
  ) as Record<FacetKey, readonly FacetTerm[]>;
}
