import translations from '@/data/translations/en.json' with { type: 'json' };
import russian from '@/data/translations/ru.json' with { type: 'json' };
import { enrichList, itemKey, PLACES } from '@/lib/enrich';
import { parseSource } from '@/lib/parser';
import {
  highlightsOf,
  matchDocument,
  type SearchDocument,
  searchDocument,
} from '@/lib/search/document';
import { pinyinOf } from '@/lib/search/pinyin';
import { parseQuery } from '@/lib/search/query';
import { SOURCE_BYTES } from '../support/source';

/**
 * The real list as search sees it, built the way the catalogue builds it (lib/catalogue/facets.ts
 * buildIndex) but without a database: the parsed titles, their pinyin, the English translations,
 * and the spellings of the places each title names.
 */

const EN: Readonly<Record<string, string>> = translations.titles;
const RU: Readonly<Record<string, string>> = russian.titles;
const placeBySlug = new Map(PLACES.map((place) => [place.slug, place]));

const list = parseSource(SOURCE_BYTES);
const parsed = list.items;
const { enrichments } = enrichList(parsed, list.sections);

/** The heading of an item's category as the copy prints it and translated, as search reads them. */
function headingsOf(item: (typeof parsed)[number]): string[] {
  const heading = list.sections
    .find((section) => section.key === item.section)
    ?.categories.find((category) => category.ordinal === item.category)?.heading;
  if (heading === null || heading === undefined) return [];
  const translated = [translations.headings, russian.headings].map(
    (headings) => (headings as Record<string, string>)[heading],
  );
  return [heading, ...translated.filter((text) => text !== undefined)];
}

export interface SearchedItem {
  key: string;
  title: string;
  en: string;
  ru: string;
  document: SearchDocument;
}

export const ITEMS: readonly SearchedItem[] = parsed.map((item, index) => {
  const key = itemKey(item);
  const en = EN[key] ?? '';
  const ru = RU[key] ?? '';
  const names = (enrichments[index]?.places ?? [])
    .filter((tag) => tag.via === 'named')
    .flatMap((tag) => {
      const place = placeBySlug.get(tag.slug);
      return place ? [...Object.values(place.names), ...place.aliases] : [];
    });
  return {
    key,
    title: item.title,
    en,
    ru,
    document: searchDocument(item.title, pinyinOf(item.title), { en, ru }, names, headingsOf(item)),
  };
});

export const BY_KEY = new Map(ITEMS.map((item) => [item.key, item]));

/** The keys of the items the query finds, in list order. */
export function search(query: string): string[] {
  const parsedQuery = parseQuery(query);
  return ITEMS.filter((item) => matchDocument(item.document, parsedQuery) !== null).map(
    (item) => item.key,
  );
}

/**
 * The keys the query finds, best first (list order between equals, as the listing sorts), for a
 * reader of the original or, with `reader`, of that language's titles.
 */
export function ranked(query: string, reader?: string): string[] {
  const parsedQuery = parseQuery(query);
  return ITEMS.flatMap((item, index) => {
    const match = matchDocument(item.document, parsedQuery, reader);
    return match === null ? [] : [{ key: item.key, score: match.score, index }];
  })
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((hit) => hit.key);
}

/** The marked text of an item's title and English title for a query, as the page would mark it. */
export function marked(key: string, query: string): { title: string[]; en: string[] } {
  const item = BY_KEY.get(key);
  if (!item) throw new Error(`no item ${key}`);
  const { title, translations: byLang } = highlightsOf(item.document, parseQuery(query));
  return {
    title: title.map(([start, end]) => item.title.slice(start, end)),
    en: (byLang.en ?? []).map(([start, end]) => item.en.slice(start, end)),
  };
}

/** The marked text of an item's Russian title for a query, as the page would mark it. */
export function markedRussian(key: string, query: string): string[] {
  const item = BY_KEY.get(key);
  if (!item) throw new Error(`no item ${key}`);
  const ranges = highlightsOf(item.document, parseQuery(query)).translations.ru ?? [];
  return ranges.map(([start, end]) => item.ru.slice(start, end));
}
