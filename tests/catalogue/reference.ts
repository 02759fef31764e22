import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import { type ExpectedItem, type ReferenceFilters, referenceMatches } from '../support/expected';
import { SOURCE_TEXT } from '../support/source';

/**
 * The real inputs the catalogue is made from, read straight from their files (the gazetteer,
 * facts, vocabularies, translations and the source's lines), and a few plain reference
 * computations over the hand-made tables (tests/support/expected.ts). Nothing here calls the
 * parser, the enrichment or the catalogue code.
 */

const readJson = <T>(path: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8')) as T;

export interface GazetteerPlace {
  slug: string;
  zh: string;
  en: string;
  kind: string;
  parent: string | null;
  aliases: string[];
  lat: number | null;
  lon: number | null;
}

export const GAZETTEER = readJson<{ places: GazetteerPlace[] }>('data/gazetteer.json').places;
export const GAZETTEER_BY_SLUG = new Map(GAZETTEER.map((place) => [place.slug, place]));

export interface FactRecord {
  /** A name in each language of the site, by its key (`zh`, `en`, …). */
  [lang: string]: unknown;
  id: string;
  zh: string;
  en: string;
  place: string;
  why: string;
  source: { title: string; publisher: string; date: string };
}

export const FACTS = readJson<{ facts: FactRecord[] }>('data/facts.json').facts;

export interface TermRecord {
  key: string;
  zh: string;
  en: string;
}

export const TYPES = readJson<{ types: TermRecord[] }>('data/outcome-types.json').types;
export const TOPICS = readJson<{ topics: TermRecord[] }>('data/topics.json').topics;

interface TranslationFile {
  locale: string;
  provenance: { status: string; note: string; date: string };
  titles: Record<string, string>;
  /** Category headings, keyed by the heading as printed. */
  headings: Record<string, string>;
}

/** Every translations file, by locale key (data/translations/<key>.json), in the site's order. */
export const TRANSLATIONS: Readonly<Record<string, TranslationFile>> = Object.fromEntries(
  TRANSLATED_LOCALES.map((key) => [
    key,
    readJson<TranslationFile>(`data/translations/${key}.json`),
  ]),
);

export const EN = TRANSLATIONS.en as TranslationFile;

/** An item's title in every language it is translated into, as the files give them. */
export function translationsOf(key: string): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(TRANSLATIONS).map(([locale, file]) => [locale, file.titles[key]]),
  );
}

/** The source file's lines, line n at index n − 1. */
export const SOURCE_LINES = SOURCE_TEXT.split(/\r\n|\r|\n/);

/**
 * The word each abbreviation tag was read from, by item: 访华 (meetings-82), 津彩
 * (meetings-145) and 中方 (initiatives 7–23), as tests/fixtures/expected-enrichment.md gives
 * them. The table itself records only `china:abbreviation`.
 */
export function abbreviationWord(key: string): string | null {
  if (key === 'meetings-82') return '访华';
  if (key === 'meetings-145') return '津彩';
  const initiative = /^initiatives-(\d+)$/.exec(key);
  if (initiative && Number(initiative[1]) >= 7 && Number(initiative[1]) <= 23) return '中方';
  return null;
}

/**
 * Per place, how many of the items the place facet counts (those matching every other facet)
 * have it by inference — any reason but `named`.
 */
export function referenceInferred(
  items: readonly ExpectedItem[],
  filters: ReferenceFilters,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of referenceMatches(items, filters, 'place')) {
    for (const place of item.places) {
      counts[place.slug] = (counts[place.slug] ?? 0) + (place.via === 'named' ? 0 : 1);
    }
  }
  return counts;
}

/** The lines an item was read from, as the source has them: its number's line to its last. */
export function itemText(lines: readonly string[], number: number): string {
  const [first = '', ...rest] = lines.filter((line) => line.trim() !== '');
  const prefix = `${number}.`;
  if (!first.startsWith(prefix)) throw new Error(`"${first}" does not start with ${prefix}`);
  return [first.slice(prefix.length), ...rest].join('');
}
