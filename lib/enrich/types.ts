import type { Names } from '@/lib/i18n/names';
import type { SectionKey } from '@/lib/parser/types';
import type { Commitment, Ordinal } from './numbers/types';

export type PlaceKind = 'macro-region' | 'country' | 'region' | 'city';

/** One gazetteer entry, as kept in data/gazetteer.json. */
export interface Place {
  /** Pinyin or English slug, stable, used in URLs (/places/shenyang). */
  slug: string;
  names: Names;
  kind: PlaceKind;
  /** Slug of the containing place (city → region → country → macro-region); null at the top. */
  parent: string | null;
  /**
   * The official full name, where lists use a short one (中国, China for 中华人民共和国, People’s
   * Republic of China): shown on the place's own page.
   */
  full?: Partial<Names>;
  /** Every spelling the matcher recognises, the list language's name included (沈阳市, 沈阳; 青岛市, 青岛, Qingdao). */
  aliases: string[];
  /** Approximate centroid in decimal degrees (WGS 84), for the map; none for macro-regions. */
  lat: number | null;
  lon: number | null;
}

/** One entry of a controlled vocabulary (outcome types, topics): stable key plus labels. */
export interface Term {
  key: string;
  names: Names;
}

/**
 * How a place was reached, strongest first: the title names it; an abbreviation in the title
 * stands for it; a documented standing fact ties the title's wording to it; a linked item of the
 * list names it as the venue; the heading of the item's category gives it (read by the first
 * three rules); or it contains one of the item's other places.
 */
export const PLACE_REASONS = [
  'named',
  'abbreviation',
  'fact',
  'linked',
  'heading',
  'parent',
] as const;
export type PlaceReason = (typeof PLACE_REASONS)[number];

/**
 * What part a place plays in an item: the side that acts (中方), where it took place or was put
 * forward, who signs or is a side of it, or what it is about. When readings of one place differ,
 * the first in this order wins (data/place-roles.json says why).
 */
export const PLACE_ROLES = ['actor', 'venue', 'party', 'subject'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/** A place attached to an item, with how it was reached and the part it plays. */
export interface ItemPlace {
  slug: string;
  via: PlaceReason;
  /**
   * The fact's id (`fact`), the linked item's key (`linked`), the word read (`abbreviation`), the
   * category whose heading gives it (`heading`: `initiatives.1`).
   */
  ref: string | null;
  role: PlaceRole;
}

/** A documented standing fact (data/facts.json): a wording that means one place in a period. */
export interface Fact {
  id: string;
  /** What the fact says, in every language. */
  names: Names;
  place: string;
  wording: string[];
  /** Years the fact holds in; a title stating a year outside them is not about it. */
  period: { from: number; to: number | null };
  why: string;
  source: { title: string; publisher: string; date: string };
}

export interface EnrichInput {
  section: SectionKey;
  title: string;
}

/** A category's heading as the list prints it, for the places it states. */
export interface CategoryHeading {
  section: SectionKey;
  ordinal: number;
  /** Null when the copy lacks the heading. */
  heading: string | null;
}

export interface Enrichment {
  /** Every place of the item, each once with its strongest reason: named ones in title order first. */
  places: ItemPlace[];
  /** Key of the outcome type (see OUTCOME_TYPES), always set; 'other' when no rule matches. */
  type: string;
  /** The second event's type where a compound title (A暨B) announces two of different types. */
  secondaryType: string | null;
  /** Keys of topics (see TOPICS), possibly empty. */
  topics: string[];
  /** Years the title states, ascending, deduplicated (2024—2025年 → [2024, 2025]). */
  years: number[];
  /** What the title commits to, in title order (lib/enrich/numbers). */
  commitments: Commitment[];
  /** 第N次, 第N届: one per event of a compound title. */
  ordinals: Ordinal[];
}

/** A meeting and a document or initiative it produced, as indexes into the enriched list. */
export interface ItemLink {
  from: number;
  to: number;
  kind: 'produced';
}
