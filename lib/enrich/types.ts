import type { SectionKey } from '@/lib/parser/types';

export type PlaceKind = 'country' | 'region' | 'city';

/** One gazetteer entry, as kept in data/gazetteer.json. */
export interface Place {
  /** Pinyin or English slug, stable, used in URLs (/places/shenyang). */
  slug: string;
  zh: string;
  en: string;
  kind: PlaceKind;
  /** Slug of the containing place (city → region → country); null for countries. */
  parent: string | null;
  /** Every spelling the matcher recognises, `zh` included (沈阳市, 沈阳; 青岛市, 青岛, Qingdao). */
  aliases: string[];
  /** Approximate centroid in decimal degrees (WGS 84), for the map. */
  lat: number;
  lon: number;
}

/** One entry of a controlled vocabulary (outcome types, topics): stable key plus labels. */
export interface Term {
  key: string;
  zh: string;
  en: string;
}

/** A place attached to an item: `named` when the title names it, `implied` when a named child implies it. */
export interface ItemPlace {
  slug: string;
  via: 'named' | 'implied';
}

export interface EnrichInput {
  section: SectionKey;
  title: string;
}

export interface Enrichment {
  places: ItemPlace[];
  /** Key of the outcome type (see OUTCOME_TYPES), always set; 'other' when no rule matches. */
  type: string;
  /** Keys of topics (see TOPICS), possibly empty. */
  topics: string[];
  /** Years the title states, ascending, deduplicated (2024—2025年 → [2024, 2025]). */
  years: number[];
}
