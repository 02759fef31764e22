import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNumberTable } from '@/lib/enrich/numbers/facts';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { EXPECTED, referenceFacets } from '../../support/expected';
import { ORIGIN } from '../pages/support';
import { request } from '../support/http';
import { expectSecurityHeaders } from '../support/security-headers';
import { CATEGORY_NAMES, expectedKeys, FACETS, itemOf, label } from './support';

const text = messages.outcomes;

interface Listing {
  version: string;
  total: number;
  page: number;
  pageSize: number;
  items: Array<{
    key: string;
    section: string;
    category: string;
    number: number;
    title: string;
    translations: Array<{ lang: string; title: string; status: string }>;
    url: string;
    year: number | null;
    years: number[];
    type: { key: string };
    secondaryType: { key: string } | null;
    topics: Array<{ key: string }>;
    places: Array<{ slug: string; via: string; role: string }>;
    commitments: Array<{
      quantity: number | null;
      unit: { key: string };
      kind: { key: string };
      relation: { key: string; value: number } | null;
      period: { kind: string; value: number } | null;
      words: string;
      inferred: boolean;
    }>;
    ordinals: Array<{ value: number; kind: string; series: string; words: string }>;
  }>;
  facets: Record<string, Array<{ value: string; label: string; count: number }>>;
}

async function json<T>(path: string): Promise<{ response: Response; body: T }> {
  const response = await request(path);
  return { response, body: (await response.json()) as T };
}

describe('GET /api/outcomes', () => {
  it('gives each item the commitments and ordinals of the hand-made table of numbers', async () => {
    const table = readNumberTable(
      readFileSync(new URL('../../fixtures/expected-numbers.tsv', import.meta.url), 'utf8'),
    );
    const found: string[] = [];
    for (const section of ['meetings', 'documents', 'initiatives']) {
      for (let page = 1; ; page += 1) {
        const { body } = await json<Listing>(
          `/api/outcomes?section=${section}&pageSize=100&page=${page}`,
        );
        for (const item of body.items) {
          for (const one of item.commitments) {
            expect(one.inferred).toBe(true);
            const value = one.quantity ?? `${one.relation?.key} ${one.relation?.value}`;
            const period = one.period ? `${one.period.kind} ${one.period.value}` : '';
            found.push(
              `${item.key} ${one.words} ${value} ${one.unit.key} ${one.kind.key} ${period}`,
            );
          }
          for (const one of item.ordinals) {
            found.push(`${item.key} ${one.words} ${one.kind} ${one.value} ${one.series}`);
          }
        }
        if (page * 100 >= body.total) break;
      }
    }
    const expected = table.flatMap((row) => {
      if (row.class === 'amount')
        return [`${row.key} ${row.words} ${row.value} ${row.unit} ${row.kind} ${row.period}`];
      if (row.class === 'relative') {
        return [
          `${row.key} ${row.words} ${row.relation} ${row.value} ${row.unit} ${row.kind} ${row.period}`,
        ];
      }
      if (row.class === 'ordinal')
        return [`${row.key} ${row.words} ${row.kind} ${row.value} ${row.series}`];
      return [];
    });
    expect(found.sort()).toEqual(expected.sort());
  });

  it('gives one page of items, the total and every facet counted', async () => {
    const { response, body } = await json<Listing>(
      '/api/outcomes?section=documents&place=liaoning',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expectSecurityHeaders(response);
    const keys = expectedKeys({ section: ['documents'], place: ['liaoning'] });
    expect(body.total).toBe(keys.length);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(20);
    expect(body.version).toBe(response.headers.get('Catalogue-Version'));
    expect(body.items.map((item) => item.key)).toEqual(keys);
    const reference = referenceFacets(EXPECTED, { section: ['documents'], place: ['liaoning'] });
    for (const facet of FACETS) {
      expect(body.facets[facet], facet).toBeDefined();
      const counted = Object.fromEntries(body.facets[facet]?.map((v) => [v.value, v.count]) ?? []);
      expect(counted, facet).toEqual(reference[facet]);
      for (const value of body.facets[facet] ?? []) {
        expect(value.label, `${facet} ${value.value}`).toBe(label(facet, value.value));
      }
    }
  });

  it('labels facets in English with lang=en', async () => {
    const { body } = await json<Listing>('/api/outcomes?place=shenyang&lang=en');
    const reference = referenceFacets(EXPECTED, { place: ['shenyang'] });
    for (const facet of FACETS) {
      const values = body.facets[facet];
      // Every facet has values in this view (the hand-made table says so), so each loop checks some.
      expect(Object.keys(reference[facet]).length, facet).toBeGreaterThan(0);
      expect(values?.map((value) => value.value).sort(), facet).toEqual(
        Object.keys(reference[facet]).sort(),
      );
      for (const value of values ?? []) {
        expect(value.label, `${facet} ${value.value}`).toBe(label(facet, value.value, 'en'));
      }
    }
  });

  it('describes each item with its address, its translation and inferred fields', async () => {
    const { body } = await json<Listing>(
      '/api/outcomes?section=documents&place=shenyang&pageSize=100',
    );
    expect(body.items.map((item) => item.key)).toEqual(
      expectedKeys({ section: ['documents'], place: ['shenyang'] }),
    );
    for (const item of body.items) {
      const expected = itemOf(item.key);
      expect(item).toMatchObject({
        section: expected.section,
        category: `${expected.section}.${expected.category}`,
        number: expected.number,
        title: expected.title,
        url: `${ORIGIN}/outcomes/${expected.section}/${expected.number}`,
        type: { key: expected.type },
        secondaryType: expected.secondaryType ? { key: expected.secondaryType } : null,
      });
      expect(item.topics.map((topic) => topic.key)).toEqual(expected.topics);
      // The places it is tied to, not those containing them.
      expect(item.places.map((place) => [place.slug, place.via, place.role])).toEqual(
        expected.places
          .filter((place) => place.via !== 'parent')
          .map((place) => [place.slug, place.via, place.role]),
      );
      // Every title is translated into English and Russian, both unofficial.
      expect(item.translations).toEqual([
        expect.objectContaining({ lang: 'en', status: 'unofficial' }),
        expect.objectContaining({ lang: 'ru', status: 'unofficial' }),
      ]);
    }
  });

  it('gives the first year as `year` and every year in `years`', async () => {
    const twoYears = EXPECTED.find((item) => item.years.length > 1);
    expect(twoYears, 'some title states two years').toBeDefined();
    if (!twoYears) return;
    const { body } = await json<Listing>(`/api/outcomes?year=${twoYears.years[1]}&pageSize=100`);
    const item = body.items.find((one) => one.key === twoYears.key);
    expect(item?.years).toEqual(twoYears.years.map(Number));
    expect(item?.year).toBe(Number(twoYears.years[0]));
  });

  it('pages through every match', async () => {
    const seen: string[] = [];
    for (let page = 1; page <= 3; page += 1) {
      const { body } = await json<Listing>(
        `/api/outcomes?section=initiatives&pageSize=15&page=${page}`,
      );
      seen.push(...body.items.map((item) => item.key));
    }
    expect(seen).toEqual(expectedKeys({ section: ['initiatives'] }));
  });

  it.each([
    ['an unknown value', 'place=atlantis', 'place', 'invalid'],
    ['a page below 1', 'page=0', 'page', 'invalid'],
    ['a page size above the maximum', 'pageSize=1000', 'pageSize', 'invalid'],
    ['a year that is not one', 'year=MMXXV', 'year', 'invalid'],
    ['a repeated scalar', 'sort=title&sort=number', 'sort', 'repeated'],
    ['an over-long query', `q=${'长'.repeat(65)}`, 'q', 'too-long'],
    ['an unknown parameter', 'palce=shenyang', 'palce', 'unknown'],
    ['a language the site does not have', 'lang=fr', 'lang', 'invalid'],
  ])('answers 400 with the reason for %s', async (_, search, param, reason) => {
    const { response, body } = await json<{ error: string; issues: Array<Record<string, string>> }>(
      `/api/outcomes?${search}`,
    );
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(body.error).toBe(text.api.invalidParameters);
    expect(body.issues[0]).toMatchObject({
      param,
      reason,
      message: text.notices.reasons[reason as 'invalid'],
    });
  });

  it('refuses in the language asked for', async () => {
    const { response, body } = await json<{ error: string; issues: Array<Record<string, string>> }>(
      '/api/outcomes?lang=en&place=atlantis',
    );
    expect(response.status).toBe(400);
    expect(body).toEqual({
      error: 'Invalid request parameters.',
      issues: [{ param: 'place', value: 'atlantis', reason: 'invalid', message: 'invalid value' }],
    });
  });

  it('refuses writes with 405 and answers HEAD', async () => {
    for (const path of ['/api/outcomes', '/api/outcomes.csv', '/api/outcomes/documents/83']) {
      const post = await request(path, { method: 'POST', body: '{}' });
      expect(post.status, path).toBe(405);
      expect(post.headers.get('Allow')).toBe('GET, HEAD');
      const head = await request(path, { method: 'HEAD' });
      expect(head.status, path).toBe(200);
    }
  });
});

describe('GET /api/outcomes/{section}/{number}', () => {
  it('gives one item with every place and how, its source lines and neighbours', async () => {
    const { response, body } = await json<Record<string, unknown>>('/api/outcomes/documents/83');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(body).toMatchObject({
      key: 'documents-83',
      number: 83,
      title: itemOf('documents-83').title,
      categoryLabel: '成果文件（二）第25—90项',
      sectionLabel: '成果文件',
      source: {
        fileName: 'xinhua-sco-outcomes-2025-09-02.txt',
        firstLine: 36,
        lastLine: 36,
        lines: [`83.${itemOf('documents-83').title}`],
      },
      previous: { key: 'documents-82' },
      next: { key: 'documents-84' },
    });
    const places = (body.allPlaces as Array<{ slug: string; via: string }>).map((place) => [
      place.slug,
      place.via,
    ]);
    expect(places).toEqual(itemOf('documents-83').places.map((place) => [place.slug, place.via]));
    expect(places).toContainEqual(['liaoning', 'parent']);
  });

  it('says which item a linked place comes from', async () => {
    const { body } = await json<{ allPlaces: Array<Record<string, unknown>> }>(
      '/api/outcomes/meetings/70',
    );
    expect(body.allPlaces).toContainEqual(
      expect.objectContaining({ slug: 'shenyang', via: 'linked', linked: 'documents-68' }),
    );
  });

  it('labels the item in English with lang=en', async () => {
    const { response, body } = await json<Record<string, unknown>>(
      '/api/outcomes/meetings/70?lang=en',
    );
    expect(response.status).toBe(200);
    expect(body).toMatchObject({
      key: 'meetings-70',
      title: itemOf('meetings-70').title,
      categoryLabel: CATEGORY_NAMES[`meetings.${itemOf('meetings-70').category}`]?.en.full,
      sectionLabel: 'Meetings and activities',
    });
    const missing = await json<{ error: string }>('/api/outcomes/meetings/3?lang=en');
    expect(missing.body.error).toBe(en.outcomes.api.missing(3));
  });

  it.each([
    ['an unknown parameter', '?foo=bar', [{ param: 'foo', value: 'bar', reason: 'unknown' }]],
    [
      'a listing parameter',
      '?place=shenyang',
      [{ param: 'place', value: 'shenyang', reason: 'unknown' }],
    ],
    [
      'a language the site does not have',
      '?lang=fr',
      [{ param: 'lang', value: 'fr', reason: 'invalid' }],
    ],
  ])('answers 400 for %s', async (_, search, issues) => {
    const { response, body } = await json<{ error: string; issues: Array<Record<string, string>> }>(
      `/api/outcomes/meetings/70${search}`,
    );
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(body.error).toBe(text.api.invalidParameters);
    expect(body.issues).toMatchObject(issues);
  });

  it('refuses an unknown parameter in English with lang=en', async () => {
    const { response, body } = await json<{ error: string; issues: Array<Record<string, string>> }>(
      '/api/outcomes/meetings/70?lang=en&foo=bar',
    );
    expect(response.status).toBe(400);
    expect(body).toEqual({
      error: 'Invalid request parameters.',
      issues: [{ param: 'foo', value: 'bar', reason: 'unknown', message: 'unknown parameter' }],
    });
  });

  it('says when a number in a category’s range is missing from this copy', async () => {
    const { response, body } = await json<Record<string, unknown>>('/api/outcomes/meetings/3');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
    expect(body).toMatchObject({
      error: text.api.missing(3),
      missing: true,
      section: 'meetings',
      number: 3,
      category: 'meetings.1',
    });
  });

  it.each([
    '/api/outcomes/meetings/999',
    '/api/outcomes/nowhere/1',
    '/api/outcomes/documents/eighty',
  ])('%s is 404 JSON', async (path) => {
    const { response, body } = await json<Record<string, unknown>>(path);
    expect(response.status).toBe(404);
    expect(body).toEqual({ error: text.api.notFound });
  });
});

describe('GET /api/map.svg', () => {
  it('refuses parameters it does not take', async () => {
    const { response, body } = await json<{ issues: Array<Record<string, string>> }>(
      '/api/map.svg?foo=bar',
    );
    expect(response.status).toBe(400);
    expect(body.issues).toMatchObject([{ param: 'foo', reason: 'unknown' }]);
  });
});
