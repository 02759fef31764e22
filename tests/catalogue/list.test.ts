import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  EMPTY_FILTERS,
  exportOutcomes,
  type Facets,
  type Filters,
  listOutcomes,
  relaxations,
  type SortKey,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { PAGE_SIZE_MAX } from '@/lib/constants';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import {
  EXPECTED,
  type ExpectedItem,
  keysOf,
  type ReferenceFilters,
  referenceFacets,
  referenceMatches,
} from '../support/expected';
import { GAZETTEER, GAZETTEER_BY_SLUG, referenceInferred } from './reference';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

const filtersOf = (partial: Partial<Filters> = {}): Filters => ({ ...EMPTY_FILTERS, ...partial });

const list = (partial: Partial<Filters> = {}) => listOutcomes(catalogue, filtersOf(partial), null);

/** Every match, not one page: the largest page size, walking pages until done. */
function allKeys(partial: Partial<Filters>): string[] {
  const keys: string[] = [];
  for (let page = 1; ; page += 1) {
    const listing = list({ ...partial, page, pageSize: PAGE_SIZE_MAX });
    keys.push(...listing.items.map((item) => item.key));
    if (listing.items.length === 0 || keys.length >= listing.total) return keys.sort();
  }
}

/** Every match in listing order. */
function orderedKeys(partial: Partial<Filters>): string[] {
  return exportOutcomes(catalogue, filtersOf(partial), null).rows.map((item) => item.key);
}

/** Per facet, value → count, for the values with items (as referenceFacets gives them). */
function countsOf(facets: Facets) {
  return Object.fromEntries(
    Object.entries(facets).map(([facet, values]) => [
      facet,
      Object.fromEntries(values.filter((v) => v.count > 0).map((v) => [v.value, v.count])),
    ]),
  );
}

/** The place facet's inferred counts, for the values with items. */
function inferredOf(facets: Facets): Record<string, number> {
  return Object.fromEntries(
    facets.place.filter((v) => v.count > 0).map((v) => [v.value, v.inferred]),
  );
}

const byKey = new Map(EXPECTED.map((item) => [item.key, item]));
const expectedItem = (key: string) => byKey.get(key) as ExpectedItem;

describe('listOutcomes filters', () => {
  const cases: Array<[string, ReferenceFilters]> = [
    ['no filter', {}],
    ['one section', { section: ['documents'] }],
    ['two sections (OR)', { section: ['documents', 'initiatives'] }],
    ['a category', { category: ['meetings.2'] }],
    ['categories of two sections', { category: ['initiatives.1', 'documents.2'] }],
    ['a category this copy has no items of', { category: ['documents.1'] }],
    ['a country', { place: ['russia'] }],
    ['a region finds its cities (liaoning → shenyang)', { place: ['liaoning'] }],
    ['a city reached by fact and abbreviation (tianjin)', { place: ['tianjin'] }],
    ['a city reached by a link (shenyang)', { place: ['shenyang'] }],
    ['a macro-region finds its countries (central-asia)', { place: ['central-asia'] }],
    ['the country holding most (china)', { place: ['china'] }],
    ['two places (OR)', { place: ['qingdao', 'kunming'] }],
    ['took place in a city (qingdao)', { venue: ['qingdao'] }],
    ['took place in a country: every venue inside it (china)', { venue: ['china'] }],
    [
      'took place in one place, tied to another (qingdao, kazakhstan)',
      {
        venue: ['qingdao'],
        place: ['kazakhstan'],
      },
    ],
    ['took place in a place only tied otherwise (bukhara)', { venue: ['bukhara'] }],
    ['a type', { type: ['forum'] }],
    ['a type that is some items’ secondary type', { type: ['exchange'] }],
    ['a secondary type only', { type: ['ceremony', 'promotion'] }],
    ['a topic', { topic: ['friendship'] }],
    ['a year', { year: ['2024'] }],
    ['two years', { year: ['2024', '2025'] }],
    ['a year no title states', { year: ['2030'] }],
    ['with a commitment', { commitment: ['yes'] }],
    ['a unit', { unit: ['yuan'] }],
    ['two units (OR) and a topic', { unit: ['patient', 'kilowatt'], topic: ['health'] }],
    ['facets AND', { section: ['documents'], place: ['china'], type: ['letter-of-intent'] }],
    ['place and topic AND', { place: ['qingdao'], topic: ['culture-tourism'] }],
    ['nothing matches', { section: ['initiatives'], place: ['shenyang'] }],
  ];

  it.each(cases)(
    '%s: rows, total, every facet count and the place facet’s inferred counts match the table',
    (_, filters) => {
      const expected = referenceMatches(EXPECTED, filters);
      const listing = list({ ...filters, pageSize: PAGE_SIZE_MAX });
      expect(listing.total).toBe(expected.length);
      expect(allKeys(filters)).toEqual(keysOf(expected));
      // The list's own order: the table's rows are in it.
      expect(orderedKeys(filters)).toEqual(expected.map((item) => item.key));
      expect(countsOf(listing.facets)).toEqual(referenceFacets(EXPECTED, filters));
      expect(inferredOf(listing.facets)).toEqual(referenceInferred(EXPECTED, filters));
    },
  );

  it('place=tianjin includes meetings-77 (by the summit fact), meetings-145 (津彩) and the summit’s 23 initiatives (by their heading), which do not name it', () => {
    const tianjin = allKeys({ place: ['tianjin'] });
    const summit = Array.from({ length: 23 }, (_, index) => `initiatives-${index + 1}`);
    expect(tianjin).toEqual(
      [
        'documents-80',
        'meetings-145',
        'meetings-146',
        'meetings-147',
        'meetings-77',
        ...summit,
      ].sort(),
    );
    for (const key of ['meetings-77', 'meetings-145', ...summit]) {
      expect(expectedItem(key).title).not.toContain('天津');
    }
  });

  it('place=shenyang includes meetings-70, the forum that adopted the Shenyang initiative', () => {
    const shenyang = allKeys({ place: ['shenyang'] });
    expect(shenyang).toContain('meetings-70');
    expect(expectedItem('meetings-70').title).not.toContain('沈阳');
    expect(shenyang).toEqual(
      [
        'documents-68',
        'documents-83',
        'documents-88',
        'documents-89',
        'documents-90',
        'meetings-70',
      ].sort(),
    );
  });

  it('place=liaoning includes every Shenyang item, though their titles may not say 辽宁', () => {
    const liaoning = allKeys({ place: ['liaoning'] });
    const shenyang = allKeys({ place: ['shenyang'] });
    expect(shenyang.every((key) => liaoning.includes(key))).toBe(true);
    expect(liaoning).toHaveLength(7);
  });

  it('place=central-asia includes the Uzbek, Kazakh and Kyrgyz partners’ documents', () => {
    expect(allKeys({ place: ['central-asia'] })).toEqual(
      [
        'documents-74', // 吉尔吉斯共和国
        'documents-76', // 乌兹别克斯坦
        'documents-79', // 中亚, named
        'documents-82', // 乌兹别克斯坦
        'documents-84', // 哈萨克斯坦
        'documents-85', // 哈萨克斯坦
        'documents-88', // 乌兹别克斯坦
        'documents-89', // 哈萨克斯坦
        'meetings-150', // 哈萨克斯坦旅游推介周
      ].sort(),
    );
  });

  it('type=exchange includes meetings-34, whose second event is an exchange', () => {
    expect(expectedItem('meetings-34')).toMatchObject({
      type: 'meeting',
      secondaryType: 'exchange',
    });
    expect(allKeys({ type: ['exchange'] })).toContain('meetings-34');
    expect(allKeys({ type: ['meeting'] })).toContain('meetings-34');
  });

  it('counts the place facet’s inferred items as the table has them (checked by hand)', () => {
    const place = (listing: ReturnType<typeof list>, slug: string) =>
      listing.facets.place.find((v) => v.value === slug);
    const all = list();
    // 83 items have China; 35 name it, 48 reach it by 访华/中方, by the heading 中方其他倡议
    // (initiatives 24–35 but 31) or as a parent.
    expect(place(all, 'china')).toMatchObject({ count: 83, inferred: 48 });
    // documents-80, meetings-146 and -147 name Tianjin; meetings-77 (fact), -145 (津彩) and
    // initiatives 1–23 (their heading, 中方在天津峰会上提出的倡议) do not.
    expect(place(all, 'tianjin')).toMatchObject({ count: 28, inferred: 25 });
    // Only meetings-70 reaches Shenyang without naming it.
    expect(place(all, 'shenyang')).toMatchObject({ count: 6, inferred: 1 });
    // Qingdao: named by meetings-119, -126, -152 and documents-70; the other six by fact or link.
    expect(place(all, 'qingdao')).toMatchObject({ count: 10, inferred: 6 });
    // Among the initiatives: 1–6, 31 and 36 name 中国; 7–23 have 中方; the rest their heading's.
    const initiatives = list({ section: ['initiatives'] });
    expect(place(initiatives, 'china')).toMatchObject({ count: 36, inferred: 28 });
    // A place's count is under the other facets only: selecting china does not change it.
    expect(place(list({ place: ['china'] }), 'china')).toMatchObject({ count: 83, inferred: 48 });
  });

  it('keeps a selected value that the other filters empty, with count 0', () => {
    const listing = list({ section: ['initiatives'], place: ['shenyang'] });
    expect(listing.total).toBe(0);
    expect(listing.facets.place.find((v) => v.value === 'shenyang')).toMatchObject({
      count: 0,
      inferred: 0,
    });
    expect(listing.facets.section.find((v) => v.value === 'initiatives')).toMatchObject({
      count: 0,
    });
  });

  it('shows a selected year no title states, with 0, after the known years', () => {
    const years = list({ year: ['2030'] }).facets.year;
    expect(years.map((v) => [v.value, v.count])).toEqual([
      ['2024', referenceMatches(EXPECTED, { year: ['2024'] }).length],
      ['2025', referenceMatches(EXPECTED, { year: ['2025'] }).length],
      ['2026', 1],
      ['2030', 0],
    ]);
  });

  it('lists facet values in the vocabulary’s order, places with their parent in the gazetteer', () => {
    const { facets } = list();
    expect(facets.section.map((v) => v.value)).toEqual(['meetings', 'documents', 'initiatives']);
    expect(facets.category.map((v) => v.value)).toEqual([
      'meetings.1',
      'meetings.2',
      'documents.2',
      'initiatives.1',
      'initiatives.2',
    ]);
    const withItems = new Set(EXPECTED.flatMap((item) => item.places.map((place) => place.slug)));
    expect(facets.place.map((v) => v.value)).toEqual(
      GAZETTEER.filter((place) => withItems.has(place.slug)).map((place) => place.slug),
    );
    for (const value of facets.place) {
      expect(value.parent, value.value).toBe(GAZETTEER_BY_SLUG.get(value.value)?.parent ?? null);
    }
  });
});

describe('free-text search', () => {
  const titled = (text: string) => keysOf(EXPECTED.filter((item) => item.title.includes(text)));

  it('a two-character word finds every title containing it (论坛)', () => {
    const expected = titled('论坛');
    expect(expected.length).toBeGreaterThan(20);
    expect(allKeys({ q: '论坛' })).toEqual(expected);
  });

  it('沈阳, its pinyin in any case and spacing, and traditional 瀋陽 find the same items', () => {
    const expected = titled('沈阳');
    expect(expected.length).toBeGreaterThanOrEqual(5);
    for (const q of ['沈阳', 'shenyang', 'ShenYang', ' SHENYANG ', '瀋陽', 'shenyan']) {
      expect(allKeys({ q }), q).toEqual(expected);
    }
    // Spaced syllables are two terms, each found anywhere (生…养 in documents-72 too): every
    // Shenyang item is among the matches.
    expect(allKeys({ q: 'shen yang' })).toEqual(expect.arrayContaining(expected));
  });

  it('qingdao finds 青岛 titles and the one that spells it Qingdao', () => {
    const expected = keysOf(EXPECTED.filter((item) => /青岛|Qingdao/.test(item.title)));
    expect(expected).toContain('meetings-152');
    expect(allKeys({ q: 'qingdao' })).toEqual(expected);
    expect(allKeys({ q: '青岛' })).toEqual(expected);
  });

  it('Chinese words separated by a space must all appear', () => {
    expect(allKeys({ q: '论坛 友好' })).toEqual(
      keysOf(EXPECTED.filter((item) => item.title.includes('论坛') && item.title.includes('友好'))),
    );
  });

  it('OR between two words finds either, in the title or the category’s heading', () => {
    // Every initiative's heading (中方…倡议) holds 倡议.
    expect(allKeys({ q: '倡议 OR 备忘录' })).toEqual(
      keysOf(
        EXPECTED.filter((item) => /倡议|备忘录/.test(item.title) || item.section === 'initiatives'),
      ),
    );
  });

  it('combines with facets, and counts facets under the search', () => {
    const matching = EXPECTED.filter((item) => item.title.includes('论坛'));
    const filters = { section: ['meetings'] };
    expect(allKeys({ q: '论坛', ...filters })).toEqual(keysOf(referenceMatches(matching, filters)));
    const listing = list({ q: '论坛', ...filters });
    expect(countsOf(listing.facets)).toEqual(referenceFacets(matching, filters));
    expect(inferredOf(listing.facets)).toEqual(referenceInferred(matching, filters));
  });

  it('finds nothing for a word no title has, and says where a match is', () => {
    expect(list({ q: '火星' }).total).toBe(0);
    const listing = list({ q: '论坛', pageSize: 1 });
    const title = listing.items[0]?.title ?? '';
    const at = title.indexOf('论坛');
    expect(listing.highlights[0]?.title).toEqual([[at, at + 2]]);
    expect(list().highlights.every((highlight) => highlight === null)).toBe(true);
  });
});

describe('order and pages', () => {
  it('lists in printed order by default, then pages through without overlap', () => {
    const first = list({ pageSize: 10 });
    const second = list({ pageSize: 10, page: 2 });
    expect(first.items.map((i) => i.key)).toEqual(EXPECTED.slice(0, 10).map((i) => i.key));
    expect(first.items.map((i) => i.key).slice(0, 3)).toEqual([
      'meetings-24',
      'meetings-25',
      'meetings-26',
    ]);
    expect(second.items[0]?.key).toBe('meetings-34');
    expect(second.items.map((i) => i.key)).toEqual(EXPECTED.slice(10, 20).map((i) => i.key));
    expect(first).toMatchObject({ total: EXPECTED.length, page: 1, pageSize: 10 });
    expect(second.facets).toEqual(first.facets);
  });

  it('the last page holds the rest; a page past the end is empty, with the true total and facets', () => {
    const last = list({ page: 12 });
    expect(last.items.map((i) => i.key)).toEqual(EXPECTED.slice(220).map((i) => i.key));
    const beyond = list({ page: 99 });
    expect(beyond.items).toEqual([]);
    expect(beyond.highlights).toEqual([]);
    expect(beyond.total).toBe(EXPECTED.length);
    expect(countsOf(beyond.facets)).toEqual(referenceFacets(EXPECTED, {}));
  });

  it('sorts by number across sections, list order between equal numbers', () => {
    const byNumber = list({ sort: 'number', pageSize: 5 });
    expect(byNumber.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    const all = orderedKeys({ sort: 'number' });
    expect(all).toEqual([...EXPECTED].sort((a, b) => a.number - b.number).map((item) => item.key));
    // 24 is a meeting and an initiative: the meeting comes first, as in the list.
    expect(all.indexOf('meetings-24')).toBe(all.indexOf('initiatives-24') - 1);
  });

  it('sorts by title in pinyin order (the documents, checked by hand)', () => {
    expect(orderedKeys({ sort: 'title', section: ['documents'] })).toEqual(
      [
        69, // 2025年国际 (guo)
        68, // 2025年上海 (shang)
        71, // 共同的家园 (gong)
        81, // 河南省 (he)
        73, // 上海合作组织大学 (shang hai … da)
        78, // 上海合作组织睦邻 … 蒙古 (meng)
        77, // 上海合作组织睦邻 … 缅甸 (mian)
        83, // 沈阳市 (shen)
        82, // 四川省 (si)
        80, // 天津市 (tian)
        75, // 中国人民 … 全俄 (zhong guo ren … quan)
        76, // 中国人民 … 乌兹别克斯坦 (wu)
        79, // 中国中亚 (zhong guo zhong)
        72, // 中国—上海合作组织博士 (— sorts after letters; bo)
        70, // 中国—上海合作组织地方 (di)
        74, // 中华人民共和国国家 (zhong hua … guo)
        87, // … 江西 (jiang)
        88, // … 辽宁省沈阳 (liao ning sheng shen)
        84, // … 辽宁省与 (liao ning sheng yu)
        85, // … 宁夏 (ning)
        86, // … 陕西 (shan)
        90, // … 沈阳市和白俄罗斯 (shen … bai)
        89, // … 沈阳市和哈萨克斯坦 (shen … ha)
      ].map((number) => `documents-${number}`),
    );
  });

  it('orders a search by relevance: earliest match first, list order between equals', () => {
    const expected = EXPECTED.filter((item) => item.title.includes('论坛'))
      .map((item, index) => ({ item, index }))
      .sort(
        (a, b) => a.item.title.indexOf('论坛') - b.item.title.indexOf('论坛') || a.index - b.index,
      )
      .map(({ item }) => item.key);
    expect(orderedKeys({ q: '论坛', sort: 'relevance' })).toEqual(expected);
    // Without a query, relevance is the list's order.
    expect(orderedKeys({ sort: 'relevance' })).toEqual(EXPECTED.map((item) => item.key));
  });

  it('puts a title holding the query as one phrase before those holding its words apart', () => {
    const keys = orderedKeys({ q: '友好 论坛', sort: 'relevance' });
    const phrase = EXPECTED.filter((item) => item.title.includes('友好论坛')).map((i) => i.key);
    expect(phrase.length).toBeGreaterThan(0);
    expect(keys.slice(0, phrase.length).sort()).toEqual([...phrase].sort());
  });

  it('gives each row its type, secondary type, every place with its reason, topics and years', () => {
    for (const row of exportOutcomes(catalogue, EMPTY_FILTERS, null).rows) {
      const expected = expectedItem(row.key);
      expect(row.type.key, row.key).toBe(expected.type);
      expect(row.secondaryType?.key ?? null, row.key).toBe(expected.secondaryType);
      expect(
        row.places.map((tag) => [tag.place.slug, tag.via]),
        row.key,
      ).toEqual(expected.places.map((place) => [place.slug, place.via]));
      expect(
        row.topics.map((t) => t.key),
        row.key,
      ).toEqual(expected.topics);
      expect(row.years, row.key).toEqual(expected.years);
    }
  });
});

describe('exportOutcomes', () => {
  it('returns every match regardless of page and page size, in the listing’s order', () => {
    const exported = exportOutcomes(
      catalogue,
      filtersOf({ section: ['meetings'], page: 3, pageSize: 5 }),
      null,
    );
    expect(exported).toMatchObject({ total: 164, truncated: false });
    expect(exported.rows.map((row) => row.key)).toEqual(
      EXPECTED.filter((i) => i.section === 'meetings').map((i) => i.key),
    );
  });

  it('exports the whole list, untruncated, under the cap', () => {
    const exported = exportOutcomes(catalogue, EMPTY_FILTERS, null);
    expect(exported).toMatchObject({ total: 223, truncated: false });
    expect(exported.rows).toHaveLength(223);
  });
});

describe('relaxations', () => {
  it('for an empty result, what dropping each condition gives, most first', () => {
    const filters = filtersOf({ section: ['initiatives'], place: ['shenyang'] });
    expect(list(filters).total).toBe(0);
    const relaxed = relaxations(catalogue, filters);
    expect(relaxed.map(({ param, value, total }) => ({ param, value, total }))).toEqual([
      { param: 'place', value: 'shenyang', total: 36 },
      { param: 'section', value: 'initiatives', total: 6 },
    ]);
    expect(relaxed[0]?.filters).toEqual({ ...filters, place: [], page: 1 });
    for (const relaxation of relaxed) {
      expect(list(relaxation.filters).total).toBe(relaxation.total);
    }
  });

  it('leaves out the conditions whose dropping still gives nothing', () => {
    const filters = filtersOf({
      section: ['initiatives'],
      place: ['shenyang'],
      type: ['forum'],
      page: 3,
    });
    // Without 'initiatives', Shenyang's forum: meetings-70.
    expect(relaxations(catalogue, filters)).toEqual([
      {
        param: 'section',
        value: 'initiatives',
        total: 1,
        filters: { ...filters, section: [], page: 1 },
      },
    ]);
  });

  it('drops the query too, and with it the relevance order', () => {
    const filters = filtersOf({ q: '研修班', sort: 'relevance', section: ['documents'] });
    expect(list(filters).total).toBe(0);
    const relaxed = relaxations(catalogue, filters);
    expect(relaxed.map(({ param, value, total }) => ({ param, value, total }))).toEqual([
      {
        param: 'section',
        value: 'documents',
        total: EXPECTED.filter((i) => i.title.includes('研修班')).length,
      },
      { param: 'q', value: '研修班', total: 23 },
    ]);
    expect(relaxed[1]?.filters).toMatchObject({ q: '', sort: 'section', section: ['documents'] });
  });

  it('is empty for a listing with no condition', () => {
    expect(relaxations(catalogue, EMPTY_FILTERS)).toEqual([]);
  });
});

describe('any combination of facets, search, sort and page (fast-check)', () => {
  // Values that occur in the list, and some that no item has.
  const pool = {
    section: ['meetings', 'documents', 'initiatives'],
    category: [...new Set(EXPECTED.map((i) => `${i.section}.${i.category}`)), 'documents.1'],
    place: GAZETTEER.map((place) => place.slug),
    type: [
      ...new Set(EXPECTED.flatMap((i) => [i.type, ...(i.secondaryType ? [i.secondaryType] : [])])),
    ],
    topic: [...new Set(EXPECTED.flatMap((i) => i.topics))],
    year: [...new Set(EXPECTED.flatMap((i) => i.years)), '2030'],
  };
  /**
   * Words taken from the titles, each of which the search finds exactly in the titles that
   * contain it: no place names (a title naming 中华人民共和国 is found by 中国, its alias) and
   * none split into words that also occur apart (上合 is 上 and 合, in every 上海合作组织).
   * So for these the table's titles are the reference: a word matches iff the title has it.
   */
  // The heading of each item's category, as printed, read off the source by hand (the
  // catalogue searches it too, and its English, which these Chinese words never match).
  const HEADINGS: Record<string, string> = {
    'meetings.2': '中方举办的其他活动',
    'documents.1': '峰会成果文件',
    'initiatives.1': '中方在天津峰会上提出的倡议',
    'initiatives.2': '中方其他倡议',
  };
  const headingOf = (item: ExpectedItem) => HEADINGS[`${item.section}.${item.category}`] ?? '';
  const words = [
    ...['论坛', '会议', '研修班', '合作', '青年', '友好', '倡议', '协议', '备忘录', '文化'],
    ...['交流', '活动', '国家', '部长', '发展', '旅游', '医学', '教育', '峰会', '培训'],
    ...['青少年', '媒体', '中方', '成立', '联盟', '专家', '经贸', '大会', '国际', '仪式'],
    ...['能源', '中心', '数字', '经济', '创新', '火星'],
  ];
  const someOf = <T>(values: T[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([] as T[]) },
      { weight: 1, arbitrary: fc.subarray(values, { minLength: 1, maxLength: 3 }) },
    );
  // A query: clauses all required, each one word or several joined by OR.
  const queries = fc.oneof(
    { weight: 1, arbitrary: fc.constant([] as string[][]) },
    {
      weight: 2,
      arbitrary: fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 2 }), {
        minLength: 1,
        maxLength: 3,
      }),
    },
  );
  const listings = fc.record({
    section: someOf(pool.section),
    category: someOf(pool.category),
    place: someOf(pool.place),
    type: someOf(pool.type),
    topic: someOf(pool.topic),
    year: someOf(pool.year),
    clauses: queries,
    sort: fc.constantFrom<SortKey>('section', 'number', 'title', 'relevance'),
    page: fc.integer({ min: 1, max: 5 }),
    pageSize: fc.integer({ min: 1, max: 60 }),
  });

  const textMatches = (item: ExpectedItem, clauses: string[][]) =>
    clauses.every((clause) =>
      clause.some((word) => item.title.includes(word) || headingOf(item).includes(word)),
    );

  /**
   * The reference order. Relevance, as lib/search documents it: a title holding the whole
   * query (its words run together, when there is no OR) first, then the earliest match (in
   * each clause, its first word found), list order between equals.
   */
  function ordered(matches: ExpectedItem[], sort: SortKey, clauses: string[][]): ExpectedItem[] {
    const position = new Map(EXPECTED.map((item, index) => [item.key, index]));
    const listOrder = (a: ExpectedItem, b: ExpectedItem) =>
      (position.get(a.key) ?? 0) - (position.get(b.key) ?? 0);
    if (sort === 'number')
      return [...matches].sort((a, b) => a.number - b.number || listOrder(a, b));
    if (sort === 'title') {
      const rank = new Map(titleOrder.map((key, index) => [key, index]));
      return [...matches].sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
    }
    if (sort === 'section' || clauses.length === 0) return matches;
    const phrase = clauses.every((clause) => clause.length === 1)
      ? clauses.map(([word]) => word).join('')
      : null;
    // In each clause the first word found anywhere decides; it counts, and says how early, only
    // when the title holds it (a word found by the heading alone ranks below).
    const score = (item: ExpectedItem) => {
      const whole = phrase !== null && item.title.includes(phrase) ? 1 : 0;
      const decided = clauses.map((clause) =>
        clause.find((w) => item.title.includes(w) || headingOf(item).includes(w)),
      );
      const inTitle = decided.filter(
        (word): word is string => word !== undefined && item.title.includes(word),
      );
      const first = Math.min(999, ...inTitle.map((word) => item.title.indexOf(word)));
      return whole * 1_000_000 + inTitle.length * 1_000 - first;
    };
    return [...matches].sort((a, b) => score(b) - score(a) || listOrder(a, b));
  }

  // Title order is pinyin order, checked by hand above on the documents; here every filtered
  // listing must keep the whole list's title order.
  let titleOrder: string[];
  beforeAll(() => {
    titleOrder = orderedKeys({ sort: 'title' });
    expect([...titleOrder].sort()).toEqual(keysOf(EXPECTED));
  });

  it('gives the page, total, facet counts and inferred counts a plain filter over the table gives', () => {
    fc.assert(
      fc.property(listings, ({ clauses, sort, page, pageSize, ...filters }) => {
        const q = clauses.map((clause) => clause.join(' OR ')).join(' ');
        const listing = list({ ...filters, q, sort, page, pageSize });
        const searched = EXPECTED.filter((item) => textMatches(item, clauses));
        const matches = ordered(referenceMatches(searched, filters), sort, clauses);
        expect(listing.total).toBe(matches.length);
        expect(listing.items.map((i) => i.key)).toEqual(
          matches.slice((page - 1) * pageSize, page * pageSize).map((i) => i.key),
        );
        expect(countsOf(listing.facets)).toEqual(referenceFacets(searched, filters));
        expect(inferredOf(listing.facets)).toEqual(referenceInferred(searched, filters));
        // Every selected value is shown, with its count (0 when the others empty it).
        for (const facet of Object.keys(filters) as Array<keyof typeof filters>) {
          const shown = new Set(listing.facets[facet].map((v) => v.value));
          for (const value of filters[facet])
            expect(shown.has(value), `${facet}=${value}`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
