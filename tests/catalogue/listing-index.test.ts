import { describe, expect, it } from 'vitest';
import {
  categoryValue,
  EMPTY_FILTERS,
  type FacetKey,
  type Filters,
  type SortKey,
} from '@/lib/catalogue/address';
import { buildIndex } from '@/lib/catalogue/facets';
import type { ValueCount } from '@/lib/catalogue/listing-index';
import type {
  CatalogueItem,
  CategoryEntry,
  PlaceEntry,
  PlaceTag,
  Term,
} from '@/lib/catalogue/model';
import type { PlaceKind, PlaceReason } from '@/lib/enrich/types';
import type { SectionKey } from '@/lib/parser/types';
import { pinyinOf } from '@/lib/search/pinyin';
import { names } from '../support/names';

/**
 * The listing index on a catalogue of seven items made by hand (ROWS), built the way a load
 * builds it (buildIndex). Every expected row, total and count below is worked out from this
 * table, not taken from the index:
 *
 *  #  category       no.  title                        places (how)                       type
 *  0  meetings.1     1    天津峰会                     tianjin (fact), china (parent)     summit
 *  1  meetings.1     2    沈阳民间友好论坛             shenyang (linked),                 forum
 *                                                      liaoning + china (parent)
 *  2  meetings.2     3    2025年沈阳青年研修班         shenyang (named),                  training
 *                                                      liaoning + china (parent)
 *  3  documents.1    1    天津宣言                     tianjin (named), china (parent)    declaration
 *  4  documents.1    2    发展战略（2026—2035年）      –                                  strategy
 *  5  initiatives.1  1    中方2025年成立能源合作平台   china (named)                      platform
 *  6  initiatives.1  2    哈萨克斯坦论坛暨签约仪式     kazakhstan (named)                 forum + ceremony
 *
 *  topics: politics 0 3 · people 1 2 · economy 4 5 6 · energy 5
 *  years:  2025: 2 5 · 2026: 4 · 2035: 4
 *  English titles: 1 "Shenyang Friendship Forum", 3 "Tianjin Declaration"
 *  title pinyin: 2 "2 0 2 5 nian…" < 4 "fa…" < 6 "ha…" < 1 "shen…" < 0 "tian jin feng…"
 *                < 3 "tian jin xuan…" < 5 "zhong…"
 */

const PLACES: Record<string, PlaceEntry> = Object.fromEntries(
  (
    [
      ['china', '中国', 'China', 'country', null],
      ['liaoning', '辽宁省', 'Liaoning', 'region', 'china'],
      ['shenyang', '沈阳市', 'Shenyang', 'city', 'liaoning'],
      ['tianjin', '天津市', 'Tianjin', 'city', 'china'],
      ['kazakhstan', '哈萨克斯坦', 'Kazakhstan', 'country', null],
    ] as const
  ).map(([slug, zh, en, kind, parent]): [string, PlaceEntry] => [
    slug,
    {
      slug,
      names: names(zh, en),
      full: null,
      kind: kind as PlaceKind,
      parent,
      lat: null,
      lon: null,
      aliases: [zh, zh.replace(/[市省]$/, '')],
      itemCount: 0,
      inferredCount: 0,
    },
  ]),
);

const term = (key: string): Term => ({ key, names: names(key, key) });

function category(section: SectionKey, ordinal: number): CategoryEntry {
  return {
    section,
    ordinal,
    value: categoryValue(section, ordinal),
    heading: null,
    line: null,
    headingTranslations: {},
    declaredCount: null,
    declaredMeasure: null,
    inferred: false,
    range: { first: 1, last: null },
    found: 0,
    missing: [],
    sectionOrdinal: ['meetings', 'documents', 'initiatives'].indexOf(section) + 1,
    sectionInferred: false,
  };
}

interface Row {
  section: SectionKey;
  category: number;
  number: number;
  title: string;
  places?: Array<[slug: string, via: PlaceReason]>;
  type: string;
  secondaryType?: string;
  topics: string[];
  years?: string[];
  en?: string;
}

const ROWS: Row[] = [
  {
    section: 'meetings',
    category: 1,
    number: 1,
    title: '天津峰会',
    places: [
      ['tianjin', 'fact'],
      ['china', 'parent'],
    ],
    type: 'summit',
    topics: ['politics'],
  },
  {
    section: 'meetings',
    category: 1,
    number: 2,
    title: '沈阳民间友好论坛',
    places: [
      ['shenyang', 'linked'],
      ['liaoning', 'parent'],
      ['china', 'parent'],
    ],
    type: 'forum',
    topics: ['people'],
    en: 'Shenyang Friendship Forum',
  },
  {
    section: 'meetings',
    category: 2,
    number: 3,
    title: '2025年沈阳青年研修班',
    places: [
      ['shenyang', 'named'],
      ['liaoning', 'parent'],
      ['china', 'parent'],
    ],
    type: 'training',
    topics: ['people'],
    years: ['2025'],
  },
  {
    section: 'documents',
    category: 1,
    number: 1,
    title: '天津宣言',
    places: [
      ['tianjin', 'named'],
      ['china', 'parent'],
    ],
    type: 'declaration',
    topics: ['politics'],
    en: 'Tianjin Declaration',
  },
  {
    section: 'documents',
    category: 1,
    number: 2,
    title: '发展战略（2026—2035年）',
    type: 'strategy',
    topics: ['economy'],
    years: ['2026', '2035'],
  },
  {
    section: 'initiatives',
    category: 1,
    number: 1,
    title: '中方2025年成立能源合作平台',
    places: [['china', 'named']],
    type: 'platform',
    topics: ['economy', 'energy'],
    years: ['2025'],
  },
  {
    section: 'initiatives',
    category: 1,
    number: 2,
    title: '哈萨克斯坦论坛暨签约仪式',
    places: [['kazakhstan', 'named']],
    type: 'forum',
    secondaryType: 'ceremony',
    topics: ['economy'],
  },
];

function toItem(row: Row, index: number): CatalogueItem {
  return {
    index,
    key: `${row.section}-${row.number}`,
    section: row.section,
    number: row.number,
    title: row.title,
    translations: row.en ? { en: row.en } : {},
    category: category(row.section, row.category),
    firstLine: index + 1,
    lastLine: index + 1,
    type: term(row.type),
    secondaryType: row.secondaryType ? term(row.secondaryType) : null,
    topics: row.topics.map(term),
    years: row.years ?? [],
    commitments: [],
    ordinals: [],
    places: (row.places ?? []).map(
      ([slug, via]): PlaceTag => ({
        place: PLACES[slug] as PlaceEntry,
        via,
        fact: null,
        linked: null,
        word: null,
        heading: null,
        role: 'venue',
      }),
    ),
    pinyin: pinyinOf(row.title),
    produced: [],
    producedBy: [],
  };
}

/** The index a load would build from these rows: buildIndex reads the catalogue's items. */
function indexOf(rows: readonly Row[]) {
  const items = rows.map(toItem);
  return buildIndex({
    version: 'test',
    source: {
      title: null,
      fileName: 'hand-made.txt',
      sha256: '',
      dispatch: null,
      page: null,
      ingestedAt: '2025-09-02T00:00:00.000Z',
    },
    lines: [],
    sections: [],
    categories: [],
    places: Object.values(PLACES),
    types: [],
    topics: [],
    facts: new Map(),
    items,
    issues: [],
    translationSets: [],
    itemByKey: new Map(items.map((item) => [item.key, item])),
    placeBySlug: new Map(Object.entries(PLACES)),
  });
}

const index = indexOf(ROWS);

type Asked = Partial<Omit<Filters, 'sort'>> & {
  sort?: SortKey;
  limit?: number;
  offset?: number;
  facets?: boolean;
};

function query({ sort = 'section', limit = 100, offset = 0, facets = true, ...filters }: Asked) {
  return index.query({ ...EMPTY_FILTERS, ...filters }, { sort, limit, offset, facets });
}

/** value → count, for one facet of an answer. */
const counts = (map: ReadonlyMap<string, ValueCount>) =>
  Object.fromEntries([...map].map(([value, { count }]) => [value, count]));
const inferred = (map: ReadonlyMap<string, ValueCount>) =>
  Object.fromEntries([...map].map(([value, count]) => [value, count.inferred]));

describe('ListingIndex: rows and total', () => {
  it('holds every item and, unfiltered, lists them all in list order', () => {
    expect(index.size).toBe(7);
    const all = query({});
    expect(all.rows).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(all.total).toBe(7);
  });

  it('ORs the values of one facet', () => {
    // forum: 1, 6; training: 2.
    expect(query({ type: ['forum', 'training'] })).toMatchObject({ rows: [1, 2, 6], total: 3 });
    // 2025: 2, 5; 2026: 4.
    expect(query({ year: ['2025', '2026'] })).toMatchObject({ rows: [2, 4, 5], total: 3 });
  });

  it('ANDs the facets', () => {
    // forum (1, 6) and in China (0, 1, 2, 3, 5): only 1.
    expect(query({ type: ['forum'], place: ['china'] })).toMatchObject({ rows: [1], total: 1 });
    // economy (4, 5, 6) in the initiatives (5, 6) stating 2025 (2, 5): only 5.
    expect(query({ topic: ['economy'], section: ['initiatives'], year: ['2025'] })).toMatchObject({
      rows: [5],
      total: 1,
    });
    expect(query({ section: ['documents'], year: ['2025'] })).toMatchObject({
      rows: [],
      total: 0,
    });
  });

  it('finds a compound title under its second event type too', () => {
    expect(query({ type: ['ceremony'] }).rows).toEqual([6]);
  });

  it('matches a place by every tag the item has, inferred ones included', () => {
    // Liaoning is no title's word: items 1 and 2 have it as the parent of Shenyang.
    expect(query({ place: ['liaoning'] }).rows).toEqual([1, 2]);
    // China: named by 5, parent of the places of 0, 1, 2 and 3.
    expect(query({ place: ['china'] }).rows).toEqual([0, 1, 2, 3, 5]);
    // Shenyang: by link (1) and by name (2).
    expect(query({ place: ['shenyang'] }).rows).toEqual([1, 2]);
  });

  it('matches nothing for a value no item has, and says so in the total', () => {
    expect(query({ place: ['nowhere'] })).toMatchObject({ rows: [], total: 0 });
    expect(query({ category: ['documents.2'] })).toMatchObject({ rows: [], total: 0 });
  });

  it('filters by category value', () => {
    expect(query({ category: ['meetings.1', 'initiatives.1'] }).rows).toEqual([0, 1, 5, 6]);
  });
});

describe('ListingIndex: order and pages', () => {
  it('orders by section (list order), number, title pinyin, and relevance without a query', () => {
    expect(query({ sort: 'section' }).rows).toEqual([0, 1, 2, 3, 4, 5, 6]);
    // Numbers 1, 2, 3, 1, 2, 1, 2: the ones in list order, then the twos, then the three.
    expect(query({ sort: 'number' }).rows).toEqual([0, 3, 5, 1, 4, 6, 2]);
    // Pinyin: 2025… (digit first), fa…, ha…, shen…, tian jin feng…, tian jin xuan…, zhong…
    expect(query({ sort: 'title' }).rows).toEqual([2, 4, 6, 1, 0, 3, 5]);
    expect(query({ sort: 'relevance' }).rows).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('orders an English reader’s titles by their English, untranslated ones after in pinyin order', () => {
    const english = index.query(EMPTY_FILTERS, {
      sort: 'title',
      limit: 100,
      offset: 0,
      facets: false,
      reader: 'en',
    });
    // "Shenyang Friendship Forum" (1) before "Tianjin Declaration" (3); then the pinyin order
    // above without them: 2, 4, 6, 0, 5.
    expect(english.rows).toEqual([1, 3, 2, 4, 6, 0, 5]);
  });

  it('orders equal titles by list order', () => {
    const row = (section: SectionKey, number: number, title: string): Row => ({
      section,
      category: 1,
      number,
      title,
      type: 'declaration',
      topics: [],
    });
    const twins = indexOf([
      row('documents', 1, '天津宣言'),
      row('documents', 2, '北京宣言'),
      row('initiatives', 1, '天津宣言'),
    ]);
    // bei jing… before tian jin…; the two 天津宣言 as listed.
    const page = { sort: 'title', limit: 10, offset: 0, facets: false } as const;
    expect(twins.query(EMPTY_FILTERS, page).rows).toEqual([1, 0, 2]);
  });

  it('orders only the matching items', () => {
    // China: 0, 1, 2, 3, 5; numbers 1, 2, 3, 1, 1.
    expect(query({ place: ['china'], sort: 'number' }).rows).toEqual([0, 3, 5, 1, 2]);
    expect(query({ place: ['china'], sort: 'title' }).rows).toEqual([2, 1, 0, 3, 5]);
  });

  it('pages by offset and limit; the total stays the number of matches', () => {
    expect(query({ limit: 2, offset: 0 })).toMatchObject({ rows: [0, 1], total: 7 });
    expect(query({ limit: 2, offset: 2 })).toMatchObject({ rows: [2, 3], total: 7 });
    expect(query({ limit: 2, offset: 6 })).toMatchObject({ rows: [6], total: 7 });
    expect(query({ limit: 2, offset: 7 })).toMatchObject({ rows: [], total: 7 });
    expect(query({ limit: 0 })).toMatchObject({ rows: [], total: 7 });
    // The offset counts matches, not items: China by number is 0, 3, 5, 1, 2.
    expect(query({ place: ['china'], sort: 'number', limit: 3, offset: 1 })).toMatchObject({
      rows: [3, 5, 1],
      total: 5,
    });
  });
});

describe('ListingIndex: facet counts', () => {
  it('counts every value of every facet when nothing is selected', () => {
    const { facets } = query({});
    expect(counts(facets.section)).toEqual({ meetings: 3, documents: 2, initiatives: 2 });
    expect(counts(facets.category)).toEqual({
      'meetings.1': 2,
      'meetings.2': 1,
      'documents.1': 2,
      'initiatives.1': 2,
    });
    expect(counts(facets.place)).toEqual({
      tianjin: 2,
      china: 5,
      shenyang: 2,
      liaoning: 2,
      kazakhstan: 1,
    });
    expect(counts(facets.type)).toEqual({
      summit: 1,
      forum: 2,
      training: 1,
      declaration: 1,
      strategy: 1,
      platform: 1,
      ceremony: 1,
    });
    expect(counts(facets.topic)).toEqual({ politics: 2, people: 2, economy: 3, energy: 1 });
    expect(counts(facets.year)).toEqual({ '2025': 2, '2026': 1, '2035': 1 });
  });

  it('counts, of each place, the items that have it by inference', () => {
    expect(inferred(query({}).facets.place)).toEqual({
      // 0 by fact; 3 named.
      tianjin: 1,
      // 5 named; 0, 1, 2, 3 by parent.
      china: 4,
      // 1 by link; 2 named.
      shenyang: 1,
      // both by parent.
      liaoning: 2,
      kazakhstan: 0,
    });
    // Only places are inferred.
    expect(Object.values(inferred(query({}).facets.type))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("counts each facet's values under every other facet's condition but not its own", () => {
    const { facets, total } = query({ type: ['forum'], place: ['china'] });
    expect(total).toBe(1);
    // Types under place=china (0, 1, 2, 3, 5): forum is 1 of them, and item 6 (forum, ceremony)
    // is outside China.
    expect(counts(facets.type)).toEqual({
      summit: 1,
      forum: 1,
      training: 1,
      declaration: 1,
      platform: 1,
    });
    // Places under type=forum (1, 6).
    expect(counts(facets.place)).toEqual({ shenyang: 1, liaoning: 1, china: 1, kazakhstan: 1 });
    expect(inferred(facets.place)).toEqual({ shenyang: 1, liaoning: 1, china: 1, kazakhstan: 0 });
    // The other facets under both conditions: item 1 alone.
    expect(counts(facets.section)).toEqual({ meetings: 1 });
    expect(counts(facets.category)).toEqual({ 'meetings.1': 1 });
    expect(counts(facets.topic)).toEqual({ people: 1 });
    expect(counts(facets.year)).toEqual({});
  });

  it('keeps counting a facet whose selection empties the listing', () => {
    const { facets } = query({ place: ['nowhere'], section: ['documents'] });
    // Places under section=documents (3, 4): tianjin and china from 3; 4 has none.
    expect(counts(facets.place)).toEqual({ tianjin: 1, china: 1 });
    // Sections under place=nowhere: none.
    expect(counts(facets.section)).toEqual({});
    expect(counts(facets.type)).toEqual({});
  });

  it('counts a facet with several values selected as if none of its own were', () => {
    const { facets } = query({ section: ['meetings', 'initiatives'], topic: ['people'] });
    // Sections under topic=people (1, 2).
    expect(counts(facets.section)).toEqual({ meetings: 2 });
    // Topics under section ∈ {meetings, initiatives} (0, 1, 2, 5, 6).
    expect(counts(facets.topic)).toEqual({ politics: 1, people: 2, economy: 2, energy: 1 });
  });

  it('leaves the counts out when the page asks for none', () => {
    const answer = query({ type: ['forum'], facets: false });
    expect(answer).toMatchObject({ rows: [1, 6], total: 2 });
    for (const facet of Object.keys(answer.facets) as FacetKey[]) {
      expect(answer.facets[facet].size, facet).toBe(0);
    }
  });
});

describe('ListingIndex: search', () => {
  it('keeps only the items the query finds, and counts only them', () => {
    const answer = query({ q: '沈阳' });
    expect(answer).toMatchObject({ rows: [1, 2], total: 2 });
    expect(counts(answer.facets.section)).toEqual({ meetings: 2 });
    expect(counts(answer.facets.type)).toEqual({ forum: 1, training: 1 });
    expect(counts(answer.facets.place)).toEqual({ shenyang: 2, liaoning: 2, china: 2 });
  });

  it('applies the query together with the facets', () => {
    const answer = query({ q: '论坛', place: ['china'] });
    expect(answer).toMatchObject({ rows: [1], total: 1 });
    // Places under the query alone (1, 6), whatever the place selected.
    expect(counts(answer.facets.place)).toEqual({
      shenyang: 1,
      liaoning: 1,
      china: 1,
      kazakhstan: 1,
    });
  });

  it('finds an item by the names of the places its title names, not by inferred ones', () => {
    // Kazakhstan is named by item 6: its English name finds it.
    expect(query({ q: 'kazakhstan' }).rows).toEqual([6]);
    // Liaoning is no item's named place and no title's word.
    expect(query({ q: 'liaoning' })).toMatchObject({ rows: [], total: 0 });
  });

  it('finds by English translation and by pinyin', () => {
    expect(query({ q: 'declaration' }).rows).toEqual([3]);
    // tianjin: the pinyin of 天津 (0, 3); shenyang: 沈阳 (1, 2).
    expect(query({ q: 'tianjin' }).rows).toEqual([0, 3]);
    expect(query({ q: 'shenyang' }).rows).toEqual([1, 2]);
  });

  it('orders by relevance: the earlier the match in the title, the better; list order between equals', () => {
    // 论坛 is at offset 5 of item 6's title and offset 6 of item 1's.
    expect(query({ q: '论坛', sort: 'relevance' }).rows).toEqual([6, 1]);
    expect(query({ q: '论坛', sort: 'section' }).rows).toEqual([1, 6]);
    // 天津 opens both titles: equal, so list order.
    expect(query({ q: '天津', sort: 'relevance' }).rows).toEqual([0, 3]);
  });

  it('ranks a match in the title above one found only in a translation', () => {
    // friendship: only item 1's English title; 研修: item 2's title, at offset 9.
    expect(query({ q: 'friendship OR 研修', sort: 'section' }).rows).toEqual([1, 2]);
    expect(query({ q: 'friendship OR 研修', sort: 'relevance' }).rows).toEqual([2, 1]);
  });

  it('pages the ranked matches', () => {
    expect(query({ q: '论坛', sort: 'relevance', limit: 1, offset: 1 })).toMatchObject({
      rows: [1],
      total: 2,
    });
  });

  it('highlights where each term is found in the title and in each translation', () => {
    // 沈阳民间友好论坛: 沈阳 is [0, 2), 论坛 [6, 8).
    expect(index.highlights([1], '沈阳 论坛')[0]).toEqual({
      title: [
        [0, 2],
        [6, 8],
      ],
      translations: {},
    });
    // shenyang: pinyin of 沈阳 [0, 2) and the English word at [0, 8); forum: English [20, 25).
    expect(index.highlights([1], 'shenyang forum')[0]).toEqual({
      title: [[0, 2]],
      translations: {
        en: [
          [0, 8],
          [20, 25],
        ],
      },
    });
    // 2025年沈阳青年研修班: 沈阳 at [5, 7).
    expect(index.highlights([2], '沈阳')[0]).toEqual({ title: [[5, 7]], translations: {} });
    // A query the item does not match marks nothing.
    expect(index.highlights([3], '沈阳')[0]).toEqual({ title: [], translations: {} });
  });
});
