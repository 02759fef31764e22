import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import {
  EXPECTED,
  type ExpectedItem,
  type ReferenceFilters,
  referenceFacets,
  referenceMatches,
} from '../../support/expected';
import { CATEGORIES, type Lang, MESSAGES } from '../pages/support';

/**
 * Expectations for the list page, from the hand-made tables (tests/support/expected.ts) and the
 * vocabularies in data/*.json — never from the product's catalogue or enrichment code — and its
 * interface text from lib/messages, as the page reads it.
 */

export type { ExpectedItem, ReferenceFilters };
export { EXPECTED };

/** The facets, in the order addresses write them. */
export const FACETS = ['section', 'category', 'place', 'venue', 'type', 'topic', 'year'] as const;
export type Facet = (typeof FACETS)[number];

type Term = { key: string } & Record<Lang, string>;

function data<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`../../../data/${file}`, import.meta.url), 'utf8')) as T;
}

/** The gazetteer, in its own order (the order the site lists places in). */
export const PLACES = data<{
  places: Array<{ slug: string; kind: string; parent: string | null } & Record<Lang, string>>;
}>('gazetteer.json').places;
export const TYPES = data<{ types: Term[] }>('outcome-types.json').types;
export const TOPICS = data<{ topics: Term[] }>('topics.json').topics;
/** The catalogue's own, unofficial English titles and category headings (data, not code). */
export const ENGLISH = data<{ titles: Record<string, string>; headings: Record<string, string> }>(
  'translations/en.json',
);

/** An item's English title, as data/translations/en.json has it. */
export function englishTitle(key: string): string {
  const title = ENGLISH.titles[key];
  if (title === undefined) throw new Error(`no English title for ${key}`);
  return title;
}

/** The catalogue's own, unofficial Russian titles and category headings. */
export const RUSSIAN = data<{ titles: Record<string, string>; headings: Record<string, string> }>(
  'translations/ru.json',
);

/** An item's Russian title, as data/translations/ru.json has it. */
export function russianTitle(key: string): string {
  const title = RUSSIAN.titles[key];
  if (title === undefined) throw new Error(`no Russian title for ${key}`);
  return title;
}

export const SECTIONS = ['meetings', 'documents', 'initiatives'] as const;

/**
 * Each category's name as the site writes it, by hand: its part, its ordinal and its heading as
 * printed or, where the copy lacks the heading, the numbers it spans. `short` is the name within
 * its part, as a result row and the item page write it.
 */
export const CATEGORY_NAMES: Record<string, Record<Lang, { full: string; short: string }>> = {
  'meetings.1': {
    zh: { full: '会议和活动（一）第1—110项', short: '（一）第1—110项' },
    en: { full: 'Meetings and activities (1) Nos. 1–110', short: '(1) Nos. 1–110' },
    ru: { full: 'Встречи и мероприятия (1) №\u00a01–110', short: '(1) №\u00a01–110' },
  },
  'meetings.2': {
    zh: { full: '会议和活动（二）中方举办的其他活动', short: '（二）中方举办的其他活动' },
    en: {
      full: 'Meetings and activities (2) Other events hosted by China',
      short: '(2) Other events hosted by China',
    },
    ru: {
      full: 'Встречи и мероприятия (2) Другие мероприятия, проведённые Китаем',
      short: '(2) Другие мероприятия, проведённые Китаем',
    },
  },
  'documents.1': {
    zh: { full: '成果文件（一）峰会成果文件', short: '（一）峰会成果文件' },
    en: {
      full: 'Outcome documents (1) Outcome documents of the summit',
      short: '(1) Outcome documents of the summit',
    },
    ru: {
      full: 'Итоговые документы (1) Итоговые документы саммита',
      short: '(1) Итоговые документы саммита',
    },
  },
  'documents.2': {
    zh: { full: '成果文件（二）第25—90项', short: '（二）第25—90项' },
    en: { full: 'Outcome documents (2) Nos. 25–90', short: '(2) Nos. 25–90' },
    ru: { full: 'Итоговые документы (2) №\u00a025–90', short: '(2) №\u00a025–90' },
  },
  'initiatives.1': {
    zh: {
      full: '合作倡议（一）中方在天津峰会上提出的倡议',
      short: '（一）中方在天津峰会上提出的倡议',
    },
    en: {
      full: 'Cooperation initiatives (1) Initiatives China put forward at the Tianjin Summit',
      short: '(1) Initiatives China put forward at the Tianjin Summit',
    },
    ru: {
      full: 'Инициативы о сотрудничестве (1) Инициативы, выдвинутые Китаем на Тяньцзиньском саммите',
      short: '(1) Инициативы, выдвинутые Китаем на Тяньцзиньском саммите',
    },
  },
  'initiatives.2': {
    zh: { full: '合作倡议（二）中方其他倡议', short: '（二）中方其他倡议' },
    en: {
      full: 'Cooperation initiatives (2) Other initiatives by China',
      short: '(2) Other initiatives by China',
    },
    ru: {
      full: 'Инициативы о сотрудничестве (2) Другие инициативы Китая',
      short: '(2) Другие инициативы Китая',
    },
  },
};

// The names above agree with the structure read off the source by hand (../pages/support.ts),
// and the English ones with the headings' translations in the data.
for (const category of CATEGORIES) {
  const names = CATEGORY_NAMES[`${category.section}.${category.ordinal}`];
  const zh = category.heading ?? `第${category.first}—${category.last}项`;
  const en =
    category.heading === null
      ? `Nos. ${category.first}–${category.last}`
      : ENGLISH.headings[category.heading];
  const ru =
    category.heading === null
      ? `№\u00a0${category.first}–${category.last}`
      : RUSSIAN.headings[category.heading];
  if (
    !names?.zh.short.endsWith(zh) ||
    en === undefined ||
    !names.en.short.endsWith(en) ||
    ru === undefined ||
    !names.ru.short.endsWith(ru)
  ) {
    throw new Error(
      `the name of ${category.section}.${category.ordinal} disagrees with the source`,
    );
  }
}

const YEARS = [...new Set(EXPECTED.flatMap((item) => item.years))].sort();

/** A facet's values in the catalogue's own order (the list's, the vocabularies', years rising). */
const VOCABULARY: Record<Facet, readonly string[]> = {
  section: SECTIONS,
  category: Object.keys(CATEGORY_NAMES),
  place: PLACES.map((place) => place.slug),
  venue: PLACES.map((place) => place.slug),
  type: TYPES.map((type) => type.key),
  topic: TOPICS.map((topic) => topic.key),
  year: YEARS,
};

function termName(terms: ReadonlyArray<Record<Lang, string>>, index: number, lang: Lang) {
  const term = terms[index];
  if (!term) throw new Error('no such term');
  return term[lang];
}

/** A facet value's name as the page shows it. */
export function label(facet: Facet, value: string, lang: Lang = 'zh'): string {
  const m = MESSAGES[lang];
  switch (facet) {
    case 'section':
      return m.sections[value as (typeof SECTIONS)[number]];
    case 'category': {
      const name = CATEGORY_NAMES[value];
      if (!name) throw new Error(`no category ${value}`);
      return name[lang].full;
    }
    case 'place':
    case 'venue':
      return termName(
        PLACES,
        PLACES.findIndex((place) => place.slug === value),
        lang,
      );
    case 'type':
      return termName(
        TYPES,
        TYPES.findIndex((type) => type.key === value),
        lang,
      );
    case 'topic':
      return termName(
        TOPICS,
        TOPICS.findIndex((topic) => topic.key === value),
        lang,
      );
    case 'year':
      return m.outcomes.yearLabel(value);
  }
}

export function itemOf(key: string): ExpectedItem {
  const item = EXPECTED.find((one) => one.key === key);
  if (!item) throw new Error(`no item ${key} in the hand-made table`);
  return item;
}

/** The keys a view lists, in list order. */
export function expectedKeys(filters: ReferenceFilters): string[] {
  return referenceMatches(EXPECTED, filters).map((item) => item.key);
}

/** The keys of the items whose title holds every one of the words, in list order. */
export function keysWithTitle(...words: string[]): string[] {
  return EXPECTED.filter((item) => words.every((word) => item.title.includes(word))).map(
    (item) => item.key,
  );
}

/**
 * Of a value's count, the items that have it by inference: for a place, those reached some other
 * way than by the title naming it; every venue, a role being read by rule, never stated.
 */
function inferredCount(filters: ReferenceFilters, facet: Facet, slug: string, count: number) {
  if (facet === 'venue') return count;
  if (facet !== 'place') return 0;
  return referenceMatches(EXPECTED, filters, 'place').filter((item) =>
    item.places.some((place) => place.slug === slug && place.via !== 'named'),
  ).length;
}

/** Facets that keep their own order; the others list their values busiest first. */
const IN_ORDER: ReadonlySet<Facet> = new Set(['section', 'category', 'year']);
/** Values a facet shows before its "more" link. */
export const SHOWN = 6;

/**
 * The links a facet offers, by their accessible names (name, whether chosen, count, and for
 * places and venues how many of those are inferred): chosen values first, then the facet's own order or
 * busiest first; the first six unless the facet is shown whole (`more=<facet>`).
 */
export function expectedOptions(
  filters: ReferenceFilters,
  facet: Facet,
  { lang = 'zh', whole = false }: { lang?: Lang; whole?: boolean } = {},
): { names: string[]; more: string | null } {
  const text = MESSAGES[lang].outcomes.facets;
  const counts = referenceFacets(EXPECTED, filters)[facet];
  const selected = filters[facet] ?? [];
  const vocabulary = [
    ...VOCABULARY[facet],
    ...selected.filter((value) => !VOCABULARY[facet].includes(value)),
  ];
  const values = vocabulary
    .map((value, index) => ({ value, index, count: counts[value] ?? 0 }))
    .filter((entry) => entry.count > 0 || selected.includes(entry.value))
    .sort((a, b) => {
      const rank = (entry: { value: string }) => (selected.includes(entry.value) ? 0 : 1);
      return (
        rank(a) - rank(b) || (IN_ORDER.has(facet) ? 0 : b.count - a.count) || a.index - b.index
      );
    });
  const names = (whole ? values : values.slice(0, SHOWN)).map(({ value, count }) => {
    const inferred = inferredCount(filters, facet, value, count);
    return squash(
      [
        label(facet, value, lang),
        selected.includes(value) ? text.selected : '',
        text.count(count),
        inferred > 0 ? text.inferredCount(inferred) : '',
      ].join(''),
    );
  });
  const more =
    values.length > SHOWN ? (whole ? text.fewer : text.more(values.length - SHOWN)) : null;
  return { names, more: more === null ? null : squash(more) };
}

export function facetRegion(page: Page, facet: Facet, lang: Lang = 'zh'): Locator {
  return page.getByRole('region', {
    name: MESSAGES[lang].outcomes.facets.names[facet],
    exact: true,
  });
}

/** The facet's links as a reader hears them: each value's accessible name, then its "more" link. */
export async function shownOptions(
  page: Page,
  facet: Facet,
  lang: Lang = 'zh',
): Promise<{ names: string[]; more: string | null }> {
  const region = facetRegion(page, facet, lang);
  if ((await region.count()) === 0) return { names: [], more: null };
  // The chosen value's tick is drawn by the stylesheet (::before) and lands in the name; the
  // words say the same, so it is left out here, and so is the layout's spacing between parts.
  const names = [...(await region.ariaSnapshot()).matchAll(/- link "([^"]*)"/g)].map(([, name]) =>
    squash((name ?? '').replace(/^✓/, '')),
  );
  const text = MESSAGES[lang].outcomes.facets;
  const more = new RegExp(`^${escapeRegExp(squash(text.more(999))).replace('999', '\\d+')}$`);
  const last = names.at(-1);
  return last !== undefined && (last === squash(text.fewer) || more.test(last))
    ? { names: names.slice(0, -1), more: last }
    : { names, more: null };
}

/** A facet value's link, found by its name as a reader sees it. */
export function facetLink(page: Page, facet: Facet, value: string, lang: Lang = 'zh'): Locator {
  const name = escapeRegExp(label(facet, value, lang));
  const text = MESSAGES[lang].outcomes.facets;
  const selected = escapeRegExp(text.selected);
  // The count in each of the language's plural forms (5 пунктов, 2 пункта, 1 пункт); an
  // accessible name has its no-break spaces as plain ones.
  const forms = [1, 2, 5, 999].map((n) =>
    escapeRegExp(text.count(n)).replace(String(n), '\\d+').replace(/\s/g, '\\s'),
  );
  const count = `(?:${[...new Set(forms)].join('|')})`;
  return facetRegion(page, facet, lang).getByRole('link', {
    name: new RegExp(`^(?:✓\\s*)?${name}\\s*(?:${selected}\\s*)?${count}`),
  });
}

/** Text without its spaces, for names whose spacing is the layout's, not the words'. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[()（）.*+?^$[\]{}|\\]/g, '\\$&');
}

/** The count as the live region says it: 共23项成果，显示第1—20项. */
export function statusText(
  total: number,
  { lang = 'zh', pageSize = 20, page = 1 }: { lang?: Lang; pageSize?: number; page?: number } = {},
): string {
  const results = MESSAGES[lang].outcomes.results;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return total > pageSize && first <= total
    ? results.statusPaged(total, first, last)
    : results.status(total);
}

/** The live region that announces the count (the copy-link's status is another one). */
export function countStatus(page: Page, lang: Lang = 'zh'): Locator {
  return page
    .getByRole('region', { name: MESSAGES[lang].outcomes.results.heading, exact: true })
    .getByRole('status')
    .first();
}

/** Waits until the live region announces this total (the list has then been re-rendered). */
export async function waitForTotal(
  page: Page,
  total: number,
  options: { lang?: Lang; pageSize?: number; page?: number } = {},
): Promise<void> {
  const text = statusText(total, options);
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${escapeRegExp(text)}$`) })
    .waitFor();
}

export function resultsRegion(page: Page, lang: Lang = 'zh'): Locator {
  return page.getByRole('region', { name: MESSAGES[lang].outcomes.results.heading, exact: true });
}

/** The keys of the items listed, from their links (/outcomes/documents/83 → documents-83). */
export async function listedKeys(page: Page, lang: Lang = 'zh'): Promise<string[]> {
  const hrefs = await resultsRegion(page, lang)
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.split('/').slice(-2).join('-'));
}

/**
 * A result row's one quiet line, from the hand table: where the item sits, the years its title
 * states, its type (and a compound title's second), the places it is tied to other than as a
 * container of another — each row marked once as inferred.
 */
export function expectedMeta(item: ExpectedItem, lang: Lang = 'zh'): string {
  const m = MESSAGES[lang];
  const type = label('type', item.type, lang);
  const category = CATEGORY_NAMES[`${item.section}.${item.category}`]?.[lang].short ?? '';
  return [
    m.numbering.itemIn(m.sections[item.section as (typeof SECTIONS)[number]], item.number),
    category,
    ...item.years.map((year) => m.outcomes.yearLabel(year)),
    item.secondaryType
      ? m.outcomes.results.withSecondary(type, label('type', item.secondaryType, lang))
      : type,
    item.places
      .filter((place) => place.via !== 'parent')
      .map((place) => label('place', place.slug, lang))
      .join(m.locale.listSeparator),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

/** Marks the window; a full page load would lose the mark, a client navigation keeps it. */
export async function markWindow(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __stillHere?: boolean }).__stillHere = true;
  });
}

export function windowStillMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __stillHere?: boolean }).__stillHere === true);
}

/** The address a page is at, as path and query: `/outcomes?section=documents`. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** RFC 4180, enough for the export: quoted fields, doubled quotes, CRLF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        field += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[at + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
