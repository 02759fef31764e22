import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportOutcomes, type Facets, FiltersSchema, listOutcomes } from '@/lib/catalogue';
import { PAGE_SIZE_MAX } from '@/lib/constants';
import { PLACES } from '@/lib/enrich';
import { buildTestDatabase, type TestDatabase } from '../support/catalogue-db';
import {
  type ExpectedItem,
  expectedCatalogue,
  keysOf,
  type ReferenceFilters,
  referenceFacets,
  referenceMatches,
} from '../support/expected';

let db: TestDatabase;
const { items } = expectedCatalogue();

beforeAll(async () => {
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db.remove();
});

/** Every match, not one page: the largest page size, walking pages until done. */
async function allKeys(filters: ReferenceFilters & { q?: string }): Promise<string[]> {
  const keys: string[] = [];
  for (let page = 1; ; page += 1) {
    const listing = await listOutcomes(
      FiltersSchema.parse({ ...filters, page, pageSize: PAGE_SIZE_MAX }),
    );
    keys.push(...listing.items.map((item) => item.key));
    if (keys.length >= listing.total) return keys.sort();
  }
}

function countsOf(facets: Facets) {
  return Object.fromEntries(
    Object.entries(facets).map(([facet, values]) => [
      facet,
      Object.fromEntries(values.filter((v) => v.count > 0).map((v) => [v.value, v.count])),
    ]),
  );
}

describe('listOutcomes filters', () => {
  const cases: Array<[string, ReferenceFilters]> = [
    ['no filter', {}],
    ['one section', { section: ['documents'] }],
    ['two sections (OR)', { section: ['documents', 'initiatives'] }],
    ['a category', { category: ['meetings.2'] }],
    ['categories of two sections', { category: ['initiatives.1', 'documents.2'] }],
    ['a country', { place: ['russia'] }],
    ['a region finds its cities (liaoning → shenyang)', { place: ['liaoning'] }],
    ['a type', { type: ['forum'] }],
    ['a topic', { topic: ['friendship'] }],
    ['a year', { year: [2024] }],
    ['two years', { year: [2024, 2025] }],
    ['facets AND', { section: ['documents'], place: ['china'], type: ['letter-of-intent'] }],
    ['nothing matches', { section: ['initiatives'], place: ['shenyang'] }],
  ];

  it.each(cases)('%s: rows, total and every facet count match the parse', async (_, filters) => {
    const expected = referenceMatches(items, filters);
    const listing = await listOutcomes(
      FiltersSchema.parse({ ...filters, pageSize: PAGE_SIZE_MAX }),
    );
    expect(listing.total).toBe(expected.length);
    expect(await allKeys(filters)).toEqual(keysOf(expected));
    expect(countsOf(listing.facets)).toEqual(referenceFacets(items, filters));
  });

  it('place=liaoning includes Shenyang’s items although their titles may not say 辽宁', async () => {
    const liaoning = await allKeys({ place: ['liaoning'] });
    const shenyang = await allKeys({ place: ['shenyang'] });
    expect(shenyang.length).toBeGreaterThanOrEqual(4);
    expect(shenyang.every((key) => liaoning.includes(key))).toBe(true);
  });

  it('keeps a selected value that the other filters empty, with count 0', async () => {
    const listing = await listOutcomes(
      FiltersSchema.parse({ section: ['initiatives'], place: ['shenyang'] }),
    );
    expect(listing.facets.place.find((v) => v.value === 'shenyang')).toMatchObject({ count: 0 });
    expect(listing.facets.section.find((v) => v.value === 'initiatives')).toMatchObject({
      count: 0,
    });
  });

  it('labels facet values from the vocabularies', async () => {
    const { facets } = await listOutcomes(FiltersSchema.parse({}));
    expect(facets.place.find((v) => v.value === 'shenyang')).toMatchObject({ en: 'Shenyang' });
    expect(facets.section.find((v) => v.value === 'initiatives')?.zh).toBe('合作倡议');
  });
});

describe('free-text search', () => {
  const titled = (text: string) => keysOf(items.filter((item) => item.title.includes(text)));

  it('a two-character word finds every title containing it (论坛)', async () => {
    const expected = titled('论坛');
    expect(expected.length).toBeGreaterThan(20);
    expect(await allKeys({ q: '论坛' })).toEqual(expected);
  });

  it('沈阳, its pinyin in any case and spacing, and traditional 瀋陽 find the same items', async () => {
    const expected = titled('沈阳');
    expect(expected.length).toBeGreaterThanOrEqual(5);
    for (const q of ['沈阳', 'shenyang', 'ShenYang', 'shen yang', ' SHENYANG ', '瀋陽']) {
      expect(await allKeys({ q }), q).toEqual(expected);
    }
  });

  it('qingdao finds 青岛 titles and the one that spells it Qingdao', async () => {
    const expected = keysOf(items.filter((item) => /青岛|Qingdao/.test(item.title)));
    expect(await allKeys({ q: 'qingdao' })).toEqual(expected);
    expect(await allKeys({ q: '青岛' })).toEqual(expected);
  });

  it('Chinese words separated by a space must all appear', async () => {
    expect(await allKeys({ q: '论坛 沈阳' })).toEqual(
      keysOf(items.filter((item) => item.title.includes('论坛') && item.title.includes('沈阳'))),
    );
  });

  it('treats LIKE wildcards literally', async () => {
    for (const q of ['%', '_', '\\', '论%坛', '论_']) {
      expect((await listOutcomes(FiltersSchema.parse({ q }))).total, q).toBe(0);
    }
  });

  it('combines with facets', async () => {
    expect(await allKeys({ q: '论坛', section: ['meetings'] })).toEqual(
      keysOf(items.filter((item) => item.section === 'meetings' && item.title.includes('论坛'))),
    );
  });
});

describe('order and pages', () => {
  it('lists in printed order by default, then pages through without overlap', async () => {
    const first = await listOutcomes(FiltersSchema.parse({ pageSize: 10 }));
    const second = await listOutcomes(FiltersSchema.parse({ pageSize: 10, page: 2 }));
    expect(first.items.map((i) => i.key).slice(0, 3)).toEqual([
      'meetings-24',
      'meetings-25',
      'meetings-26',
    ]);
    expect(second.items[0]?.key).toBe('meetings-34');
    expect(first.total).toBe(items.length);
  });

  it('sorts by number across sections, and by title in pinyin order', async () => {
    const byNumber = await listOutcomes(FiltersSchema.parse({ sort: 'number', pageSize: 5 }));
    expect(byNumber.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    const byTitle = await listOutcomes(
      FiltersSchema.parse({ sort: 'title', section: ['documents'], pageSize: PAGE_SIZE_MAX }),
    );
    const titles = byTitle.items.map((i) => i.title);
    expect(titles[0]).toMatch(/^2025/);
    expect(titles.at(-1)?.startsWith('中')).toBe(true);
  });

  it('returns an empty page past the end, with the true total', async () => {
    const listing = await listOutcomes(FiltersSchema.parse({ page: 99 }));
    expect(listing.items).toEqual([]);
    expect(listing.total).toBe(items.length);
  });

  it('gives each row its type, named places (not implied ones), topics and years', async () => {
    const listing = await listOutcomes(FiltersSchema.parse({ pageSize: PAGE_SIZE_MAX }));
    const byKey = new Map(items.map((item) => [item.key, item]));
    for (const row of listing.items) {
      const { enrichment } = byKey.get(row.key) as (typeof items)[number];
      expect(row.type.key).toBe(enrichment.type);
      expect(row.places.map((p) => p.slug).sort()).toEqual(
        enrichment.places
          .filter((p) => p.via === 'named')
          .map((p) => p.slug)
          .sort(),
      );
      expect(row.topics.map((t) => t.key).sort()).toEqual([...enrichment.topics].sort());
      expect(row.years).toEqual(enrichment.years);
    }
  });
});

describe('exportOutcomes', () => {
  it('returns every match regardless of page and page size', async () => {
    const exported = await exportOutcomes(
      FiltersSchema.parse({ section: ['meetings'], page: 3, pageSize: 5 }),
    );
    expect(exported).toMatchObject({ total: 164, truncated: false });
    expect(keysOf(exported.rows)).toEqual(keysOf(items.filter((i) => i.section === 'meetings')));
  });
});

describe('any combination of filters, sort and page (fast-check)', () => {
  // Values that occur in the list, and some that no item has.
  const pool = {
    section: ['meetings', 'documents', 'initiatives'],
    category: [...new Set(items.map((i) => `${i.section}.${i.category}`)), 'initiatives.9'],
    place: PLACES.map((place) => place.slug),
    type: [...new Set(items.map((i) => i.enrichment.type))],
    topic: [...new Set(items.flatMap((i) => i.enrichment.topics))],
    year: [...new Set(items.flatMap((i) => i.enrichment.years)), 2030],
  };
  const someOf = <T>(values: T[]) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant([] as T[]) },
      { weight: 1, arbitrary: fc.subarray(values, { minLength: 1, maxLength: 3 }) },
    );
  const listings = fc.record({
    section: someOf(pool.section),
    category: someOf(pool.category),
    place: someOf(pool.place),
    type: someOf(pool.type),
    topic: someOf(pool.topic),
    year: someOf(pool.year),
    sort: fc.constantFrom('section' as const, 'number' as const),
    page: fc.integer({ min: 1, max: 4 }),
    pageSize: fc.integer({ min: 1, max: 40 }),
  });

  /** The reference's order: the list's own (the parse's), or by number with list order for ties. */
  const ordered = (matches: ExpectedItem[], sort: 'section' | 'number') =>
    sort === 'section' ? matches : [...matches].sort((a, b) => a.number - b.number);

  it('gives the page, total and facet counts a plain filter over the parse gives', async () => {
    await fc.assert(
      fc.asyncProperty(listings, async ({ sort, page, pageSize, ...filters }) => {
        const listing = await listOutcomes(
          FiltersSchema.parse({ ...filters, sort, page, pageSize }),
        );
        const matches = ordered(referenceMatches(items, filters), sort);
        expect(listing.total).toBe(matches.length);
        expect(listing.items.map((i) => i.key)).toEqual(
          matches.slice((page - 1) * pageSize, page * pageSize).map((i) => i.key),
        );
        expect(countsOf(listing.facets)).toEqual(referenceFacets(items, filters));
      }),
      { numRuns: 150 },
    );
  });
});
