import { categoryValue } from '@/lib/parser/sections';
import { SECTION_KEYS } from '@/lib/parser/types';
import type { Catalogue, CatalogueItem, Term } from './model';
import { wholeNumber } from './whole-number';

/**
 * One declaration per facet — everything the site knows of it: which values an address may
 * hold, an item's values, the vocabulary pages list, the tree its values sit in, how pages
 * order it, whether values are stated by the source or inferred, and how a value is named.
 * The address reader, the listing index, the facet panel, the labels, the API and the exports
 * all read this table; a new facet is one entry here and its name in each messages file
 * (`outcomes.facets.names`).
 */

/** What the table reads: a catalogue before its index, vocabularies and tree are made. */
export type CatalogueContent = Omit<Catalogue, 'index' | 'facetTerms' | 'placeTree'>;

export interface FacetTerm {
  value: string;
  /** In a facet with a tree (places): the value it sits under; null at the top. */
  parent: string | null;
}

/**
 * How a value is named for people (lib/i18n/labels.ts): by the section's name in the messages,
 * the category's heading, the year's pattern, or a vocabulary entry's name in each language.
 */
export type FacetLabel =
  | { kind: 'section' }
  | { kind: 'category' }
  | { kind: 'year' }
  | {
      kind: 'term';
      term(catalogue: Catalogue, value: string): { zh: string; en: string } | undefined;
    };

export interface FacetDeclaration {
  /**
   * The values an address may hold: those of the loaded catalogue's vocabulary, or any of a
   * form (a category or year the copy lacks is still a valid, empty view).
   */
  accepts: 'vocabulary' | ((value: string) => boolean);
  valuesOf(item: CatalogueItem): readonly string[];
  /** Of an item's values, those reached by inference rather than stated; counted apart. */
  inferredValuesOf?(item: CatalogueItem): readonly string[];
  /** Read once per load (Catalogue.facetTerms), in the order pages list them. */
  vocabulary(catalogue: CatalogueContent): readonly FacetTerm[];
  /** True where the vocabulary's order means something (the list's own, years): kept on pages. */
  inOrder: boolean;
  label: FacetLabel;
}

const flat = (value: string): FacetTerm => ({ value, parent: null });

/** Values that are the keys of a vocabulary of terms (types, topics), named by the term. */
function termsByKey(terms: (catalogue: CatalogueContent) => readonly Term[]) {
  return {
    vocabulary: (catalogue: CatalogueContent) => terms(catalogue).map((term) => flat(term.key)),
    label: {
      kind: 'term',
      term: (catalogue: Catalogue, value: string) =>
        terms(catalogue).find((term) => term.key === value),
    },
  } as const;
}

/** `meetings.2`: defined with the list's sections, where enrichment names categories too. */
export { categoryValue };

const CATEGORY = new RegExp(`^(${SECTION_KEYS.join('|')})\\.[1-9]\\d?$`);
const YEAR = wholeNumber(2000, 2100);

/** The facets, in the order addresses write them and pages show them. */
export const FACETS = {
  section: {
    accepts: (value) => (SECTION_KEYS as readonly string[]).includes(value),
    valuesOf: (item) => [item.section],
    vocabulary: (catalogue) => catalogue.sections.map((section) => flat(section.key)),
    inOrder: true,
    label: { kind: 'section' },
  },
  category: {
    accepts: (value) => CATEGORY.test(value),
    valuesOf: (item) => [item.category.value],
    vocabulary: (catalogue) => catalogue.categories.map((category) => flat(category.value)),
    inOrder: true,
    label: { kind: 'category' },
  },
  // Every place of the item, inferred ones included: a region or country matches what lies
  // inside it, and a forum matches the city its adopted initiative names.
  place: {
    accepts: 'vocabulary',
    valuesOf: (item) => item.places.map((tag) => tag.place.slug),
    inferredValuesOf: (item) =>
      item.places.filter((tag) => tag.via !== 'named').map((tag) => tag.place.slug),
    vocabulary: (catalogue) =>
      catalogue.places.map((place) => ({ value: place.slug, parent: place.parent })),
    inOrder: false,
    label: { kind: 'term', term: (catalogue, value) => catalogue.placeBySlug.get(value) },
  },
  // A compound title's second event counts too: a conference with a signing ceremony is found
  // among ceremonies.
  type: {
    accepts: 'vocabulary',
    valuesOf: (item) => [item.type.key, ...(item.secondaryType ? [item.secondaryType.key] : [])],
    ...termsByKey((catalogue) => catalogue.types),
    inOrder: false,
  },
  topic: {
    accepts: 'vocabulary',
    valuesOf: (item) => item.topics.map((topic) => topic.key),
    ...termsByKey((catalogue) => catalogue.topics),
    inOrder: false,
  },
  // Years have no table of their own: the values are those the titles state.
  year: {
    accepts: (value) => YEAR.safeParse(value).success,
    valuesOf: (item) => item.years,
    vocabulary: (catalogue) =>
      [...new Set(catalogue.items.flatMap((item) => item.years))].sort().map(flat),
    inOrder: true,
    label: { kind: 'year' },
  },
} satisfies Record<string, FacetDeclaration>;

export type FacetKey = keyof typeof FACETS;

/** The facets a listing can be narrowed by, in the order addresses write them. */
export const FACET_KEYS = Object.keys(FACETS) as readonly FacetKey[];

export function facetOf(facet: FacetKey): FacetDeclaration {
  return FACETS[facet];
}

/** Whether a facet's counts say how many of their items have the value by inference. */
export function countsInferred(facet: FacetKey): boolean {
  return facetOf(facet).inferredValuesOf !== undefined;
}
