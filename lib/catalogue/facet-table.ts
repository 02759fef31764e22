import { COMMITMENT_FILTER, COMMITMENT_UNITS } from '@/lib/enrich/numbers';
import type { Named } from '@/lib/i18n/names';
import type { Messages } from '@/lib/messages';
import { categoryValue } from '@/lib/parser/sections';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import {
  type Catalogue,
  type CatalogueItem,
  type CategoryEntry,
  type Term,
  tiedPlaces,
} from './model';
import { venuesOf } from './roles';
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
      term(catalogue: Catalogue, value: string): Named | undefined;
    };

/**
 * One value in an export's cell, named by the export in the reader's language: a section, a
 * category, a vocabulary entry (a term or place, with its names), or text written as it is.
 */
export type ColumnValue = string | { section: SectionKey } | { category: CategoryEntry } | Named;

type ExportHeaders = Messages['outcomes']['export']['columns'];

/** A header of the export that is text as it stands (not one made for a language). */
type ColumnHeader = {
  [Key in keyof ExportHeaders]: ExportHeaders[Key] extends string ? Key : never;
}[keyof ExportHeaders];

/**
 * A facet's column in the list's CSV export (lib/outcomes/csv.ts), each part optional:
 * `header`, its key in `outcomes.export.columns` (else the facet's name, `outcomes.facets.names`);
 * `rank`, where it stands among the export's columns (else after the other facets, before the
 * URL); `values`, an item's values as the cell names them (else `valuesOf`, written as they are).
 */
export interface FacetColumn {
  header?: ColumnHeader;
  rank?: number;
  values?(item: CatalogueItem): readonly ColumnValue[];
}

/**
 * A field of the Data Package's items table (lib/share/datapackage.ts) with the facet's values,
 * in Table Schema terms; `rank` places it among the table's fields as `FacetColumn.rank` does.
 * A facet that declares none has one string field named by its key, its values separated by
 * spaces; one whose values live in a table of their own (places) declares an empty list.
 */
export interface FacetDataField {
  name: string;
  description: string;
  constraints?: Record<string, unknown>;
  rank: number;
  value(item: CatalogueItem): string;
}

export interface FacetDeclaration {
  /**
   * The values an address may hold: those of the loaded catalogue's vocabulary, or any of a
   * form (a category or year the copy lacks is still a valid, empty view).
   */
  accepts: 'vocabulary' | ((value: string) => boolean);
  valuesOf(item: CatalogueItem): readonly string[];
  /** Of an item's values, those reached by inference rather than stated; counted apart. */
  inferredValuesOf?(item: CatalogueItem): readonly string[];
  /**
   * Whether the catalogue reads the facet's values by rule rather than the list printing them:
   * a view narrowed by such a facet holds its items by inference, and says so where its count
   * stands without a mark beside it (a preview image).
   */
  inferred: boolean;
  /** Read once per load (Catalogue.facetTerms), in the order pages list them. */
  vocabulary(catalogue: CatalogueContent): readonly FacetTerm[];
  /** True where the vocabulary's order means something (the list's own, years): kept on pages. */
  inOrder: boolean;
  label: FacetLabel;
  /** false: no column of its own, its values being written in another (commitments). */
  column?: FacetColumn | false;
  dataFields?: readonly FacetDataField[];
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

/** Values that are gazetteer slugs: the catalogue's places, in a tree, named by the place. */
const PLACES = {
  accepts: 'vocabulary',
  vocabulary: (catalogue: CatalogueContent) =>
    catalogue.places.map((place) => ({ value: place.slug, parent: place.parent })),
  inOrder: false,
  label: {
    kind: 'term',
    term: (catalogue: Catalogue, value: string) => catalogue.placeBySlug.get(value),
  },
} as const;

const CATEGORY = new RegExp(`^(${SECTION_KEYS.join('|')})\\.[1-9]\\d?$`);
const YEAR = wholeNumber(2000, 2100);

/** The facets, in the order addresses write them and pages show them. */
export const FACETS = {
  section: {
    inferred: false,
    accepts: (value) => (SECTION_KEYS as readonly string[]).includes(value),
    valuesOf: (item) => [item.section],
    vocabulary: (catalogue) => catalogue.sections.map((section) => flat(section.key)),
    inOrder: true,
    label: { kind: 'section' },
    column: { header: 'section', rank: 20, values: (item) => [{ section: item.section }] },
    dataFields: [
      {
        name: 'section',
        description: 'The part of the list.',
        constraints: { required: true, enum: [...SECTION_KEYS] },
        rank: 20,
        value: (item) => item.section,
      },
    ],
  },
  category: {
    inferred: false,
    accepts: (value) => CATEGORY.test(value),
    valuesOf: (item) => [item.category.value],
    vocabulary: (catalogue) => catalogue.categories.map((category) => flat(category.value)),
    inOrder: true,
    label: { kind: 'category' },
    column: { header: 'category', rank: 25, values: (item) => [{ category: item.category }] },
    dataFields: [
      {
        name: 'category',
        description: 'The category, as section.ordinal.',
        constraints: { required: true },
        rank: 25,
        value: (item) => item.category.value,
      },
    ],
  },
  // Every place of the item, inferred ones included: a region or country matches what lies
  // inside it, and a forum matches the city its adopted initiative names.
  place: {
    inferred: true,
    ...PLACES,
    valuesOf: (item) => item.places.map((tag) => tag.place.slug),
    inferredValuesOf: (item) =>
      item.places.filter((tag) => tag.via !== 'named').map((tag) => tag.place.slug),
    // The places the item is about, without the regions and countries containing them.
    column: {
      header: 'places',
      rank: 80,
      values: (item) => tiedPlaces(item).map((tag) => tag.place),
    },
    // Every place and how it was reached: the item-places table.
    dataFields: [],
  },
  // Of those, where the item took place or was put forward, and what contains it: "took place
  // in Qingdao" as one filter. A role is read by rule, never stated, so every value is inferred.
  venue: {
    inferred: true,
    ...PLACES,
    valuesOf: venuesOf,
    inferredValuesOf: venuesOf,
    // The place roles column and the item-places table's role column hold these.
    column: false,
    dataFields: [],
  },
  // A compound title's second event counts too: a conference with a signing ceremony is found
  // among ceremonies.
  type: {
    inferred: true,
    accepts: 'vocabulary',
    valuesOf: (item) => [item.type.key, ...(item.secondaryType ? [item.secondaryType.key] : [])],
    ...termsByKey((catalogue) => catalogue.types),
    inOrder: false,
    column: {
      header: 'type',
      rank: 60,
      values: (item) => [item.type, ...(item.secondaryType ? [item.secondaryType] : [])],
    },
    dataFields: [
      {
        name: 'type',
        description: 'Outcome type key (inferred from the title).',
        constraints: { required: true },
        rank: 60,
        value: (item) => item.type.key,
      },
      {
        name: 'secondary_type',
        description: "A compound title's second event type (inferred), or empty.",
        rank: 61,
        value: (item) => item.secondaryType?.key ?? '',
      },
    ],
  },
  topic: {
    inferred: true,
    accepts: 'vocabulary',
    valuesOf: (item) => item.topics.map((topic) => topic.key),
    ...termsByKey((catalogue) => catalogue.topics),
    inOrder: false,
    column: { header: 'topics', rank: 70, values: (item) => item.topics },
    dataFields: [
      {
        name: 'topics',
        description: 'Topic keys (inferred), separated by spaces.',
        rank: 70,
        value: (item) => item.topics.map((topic) => topic.key).join(' '),
      },
    ],
  },
  // Years have no table of their own: the values are those the titles state.
  year: {
    inferred: false,
    accepts: (value) => YEAR.safeParse(value).success,
    valuesOf: (item) => item.years,
    vocabulary: (catalogue) =>
      [...new Set(catalogue.items.flatMap((item) => item.years))].sort().map(flat),
    inOrder: true,
    label: { kind: 'year' },
    column: { header: 'years', rank: 90 },
    dataFields: [
      {
        name: 'years',
        description: 'Years the title states, separated by spaces.',
        rank: 90,
        value: (item) => item.years.join(' '),
      },
    ],
  },
  // Inferred from the title's numbers (lib/enrich/numbers): whether it commits to anything…
  commitment: {
    inferred: true,
    accepts: (value) => value === COMMITMENT_FILTER.value,
    valuesOf: committing,
    inferredValuesOf: committing,
    vocabulary: () => [flat(COMMITMENT_FILTER.value)],
    inOrder: true,
    label: { kind: 'term', term: () => COMMITMENT_FILTER },
    // The export's commitments column and the Data Package's commitments table hold these.
    column: false,
    dataFields: [],
  },
  // …and the units its commitments are counted in: yuan, kilowatts, patients.
  unit: {
    inferred: true,
    accepts: 'vocabulary',
    valuesOf: unitsOf,
    inferredValuesOf: unitsOf,
    vocabulary: () => COMMITMENT_UNITS.map((unit) => flat(unit.key)),
    inOrder: true,
    label: {
      kind: 'term',
      term: (_, value) => COMMITMENT_UNITS.find((unit) => unit.key === value),
    },
    column: false,
    dataFields: [],
  },
} satisfies Record<string, FacetDeclaration>;

function committing(item: CatalogueItem): readonly string[] {
  return item.commitments.length > 0 ? [COMMITMENT_FILTER.value] : [];
}

function unitsOf(item: CatalogueItem): readonly string[] {
  return [...new Set(item.commitments.map((commitment) => commitment.unit))];
}

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
