import type { Commitment, Ordinal } from '@/lib/enrich/numbers';
import type { PlaceTree } from '@/lib/enrich/place-tree';
import type { PlaceKind, PlaceReason, PlaceRole } from '@/lib/enrich/types';
import type { Names } from '@/lib/i18n/names';
import type { DispatchYearFrom } from '@/lib/parser/publication';
import type { ParseIssue, SectionKey } from '@/lib/parser/types';
import type { FacetKey } from './address';
import type { FacetTerm } from './facets';
import type { ListingIndex } from './listing-index';

/**
 * One loaded catalogue, whole, in memory: what every page and answer is made from. It is read
 * from the database once per ingest (./read.ts) and never changes; a new ingest is a new object
 * with a new `version`.
 */
export interface Catalogue {
  /** Changes with every ingest: the loaded source's digest, its load time and the code's. */
  version: string;
  source: SourceInfo;
  /** The source text's lines, 1-based line n at index n − 1. */
  lines: readonly string[];
  sections: readonly SectionEntry[];
  categories: readonly CategoryEntry[];
  places: readonly PlaceEntry[];
  types: readonly Term[];
  topics: readonly Term[];
  facts: ReadonlyMap<string, FactEntry>;
  /** In list order (section, then number); an item's `index` is its place here. */
  items: readonly CatalogueItem[];
  issues: readonly ParseIssue[];
  translationSets: readonly TranslationSet[];
  index: ListingIndex;
  /** Each facet's values in the order pages list them (./facets.ts). */
  facetTerms: Readonly<Record<FacetKey, readonly FacetTerm[]>>;
  itemByKey: ReadonlyMap<string, CatalogueItem>;
  placeBySlug: ReadonlyMap<string, PlaceEntry>;
  /** What lies inside what: children, ancestors, isInside. */
  placeTree: PlaceTree<PlaceEntry>;
}

export interface SourceInfo {
  /** The list's own title line, when the copy has it. */
  title: string | null;
  fileName: string;
  sha256: string;
  /**
   * Xinhua's dispatch of the list, from the dateline that closes it (（新华社天津9月1日电）):
   * the place as printed with its gazetteer entry, the day (YYYY-MM-DD) with the year the
   * dateline does not print and where that year came from, the dateline's line. Null when the
   * copy has no dateline after its last item.
   */
  dispatch: {
    place: { printed: string; entry: PlaceEntry | null } | null;
    date: string | null;
    yearFrom: DispatchYearFrom | null;
    line: number;
  } | null;
  /**
   * The newspaper page's date (YYYY-MM-DD) and the line printing it; the line is null for a
   * date given to db:setup for a copy that prints none.
   */
  page: { date: string; line: number | null } | null;
  /** When this catalogue was loaded into the database (ISO 8601). */
  ingestedAt: string;
}

/** A vocabulary entry: outcome types and topics. */
export interface Term {
  key: string;
  names: Names;
}

export interface SectionEntry {
  key: SectionKey;
  /** 1 for 一、 … as printed. */
  ordinal: number;
  /** As printed; null when the copy lacks the heading. */
  heading: string | null;
  inferred: boolean;
  categories: readonly CategoryEntry[];
  /** Items this copy holds. */
  found: number;
  /** Sum of the categories' declared counts; null when one of them declares none. */
  declared: number | null;
}

export interface CategoryEntry {
  section: SectionKey;
  ordinal: number;
  /** The `category` filter's value: `meetings.2`. */
  value: string;
  heading: string | null;
  /** The heading's line in the source; null when the copy lacks the heading. */
  line: number | null;
  /** The printed heading in other languages, by locale (unofficial, like the titles'). */
  headingTranslations: Readonly<Record<string, string>>;
  declaredCount: number | null;
  /** The measure word the list prints the count with (项, 份); null with no count. */
  declaredMeasure: string | null;
  /** True when the copy lacks this category's heading and the parser reconstructed it. */
  inferred: boolean;
  range: { first: number; last: number | null };
  found: number;
  /** Runs of numbers inside the range that this copy lacks. */
  missing: ReadonlyArray<{ first: number; last: number }>;
  sectionOrdinal: number;
  sectionInferred: boolean;
}

export interface PlaceEntry {
  slug: string;
  /** Short, as lists show it (中国); `full` is the official name, for the place's page. */
  names: Names;
  full: Partial<Names> | null;
  kind: PlaceKind;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  aliases: readonly string[];
  /** Items tagged with this place or one inside it (the `place` filter's count). */
  itemCount: number;
  /** Of those, the items no title names it in: reached by abbreviation, fact, link or parent. */
  inferredCount: number;
}

export interface FactEntry {
  id: string;
  place: string;
  /** What the fact says, in every language. */
  names: Names;
  why: string;
  source: { title: string; publisher: string; date: string };
}

export interface PlaceTag {
  place: PlaceEntry;
  via: PlaceReason;
  /** The part the place plays in the item: where it took place, who is party to it, … */
  role: PlaceRole;
  /**
   * The fact (`fact`), the linked item (`linked`), the word read (`abbreviation`) or the category
   * whose heading states it (`heading`) that gave it.
   */
  fact: FactEntry | null;
  linked: ItemRef | null;
  word: string | null;
  heading: CategoryEntry | null;
}

/**
 * The places an item is tied to itself — named, or reached by abbreviation, fact or link —
 * without those that merely contain them: what a row, a feed entry or an export lists.
 */
export function tiedPlaces(item: Pick<CatalogueItem, 'places'>): PlaceTag[] {
  return item.places.filter((tag) => tag.via !== 'parent');
}

export interface ItemRef {
  key: string;
  section: SectionKey;
  number: number;
  title: string;
  /** The title in other languages, by locale. */
  translations: Readonly<Record<string, string>>;
}

export interface CatalogueItem extends ItemRef {
  index: number;
  category: CategoryEntry;
  firstLine: number;
  lastLine: number;
  type: Term;
  secondaryType: Term | null;
  topics: readonly Term[];
  /** Years the title states, as the `year` filter spells them. */
  years: readonly string[];
  /** What the title commits to, read from its numbers and words (inferred). */
  commitments: readonly Commitment[];
  /** 第N次, 第N届 and the series each continues (inferred). */
  ordinals: readonly Ordinal[];
  /** Every place: named ones in title order, then those inferred, with how. */
  places: readonly PlaceTag[];
  /** One entry per UTF-16 unit of the title (lib/search/pinyin.ts). */
  pinyin: readonly string[];
  /** Indexes of the documents and initiatives this meeting produced, and of their meeting. */
  produced: readonly number[];
  producedBy: readonly number[];
}

export interface TranslationSet {
  locale: string;
  status: string;
  note: string;
  date: string;
}
