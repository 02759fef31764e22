import { describe, expect, it } from 'vitest';
import { FACET_KEYS } from '@/lib/catalogue/filters';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';
import { messages } from '@/lib/messages';
import { referenceFacets } from '../../support/expected';
import { request } from '../support/http';
import { expectedKeys, items } from './support';

const text = messages.outcomes;

interface Listing {
  total: number;
  page: number;
  pageSize: number;
  items: Array<{
    key: string;
    section: string;
    category: string;
    number: number;
    title: string;
    url: string;
    year: number | null;
    years: number[];
    type: { key: string };
    topics: Array<{ key: string }>;
    places: Array<{ slug: string }>;
  }>;
  facets: Record<string, Array<{ value: string; label: string; count: number }>>;
}

async function json<T>(path: string): Promise<{ response: Response; body: T }> {
  const response = await request(path);
  return { response, body: (await response.json()) as T };
}

function expectSecurityHeaders(response: Response) {
  for (const name of Object.keys(SECURITY_HEADERS)) {
    expect(response.headers.get(name), name).not.toBeNull();
  }
  expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
}

describe('GET /api/outcomes', () => {
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
    expect(body.items.map((item) => item.key)).toEqual(keys);
    const reference = referenceFacets(items, { section: ['documents'], place: ['liaoning'] });
    for (const facet of FACET_KEYS) {
      const counted = Object.fromEntries(body.facets[facet]?.map((v) => [v.value, v.count]) ?? []);
      expect(counted, facet).toEqual(reference[facet]);
    }
  });

  it('describes each item with its address and inferred fields', async () => {
    const { body } = await json<Listing>(
      '/api/outcomes?section=documents&place=shenyang&pageSize=100',
    );
    const item = body.items.find((one) => one.key === 'documents-83');
    expect(item).toMatchObject({
      section: 'documents',
      category: 'documents.2',
      number: 83,
      title: '沈阳市人民对外友好协会与埃及—中国友好协会建立友好合作关系协议',
      url: 'http://localhost:3000/outcomes/documents/83',
      type: { key: 'agreement' },
      year: null,
      years: [],
    });
    expect(item?.places.map((p) => p.slug)).toContain('shenyang');
  });

  it('gives the first year as `year` and every year in `years`', async () => {
    const twoYears = items.find((item) => item.enrichment.years.length > 1);
    expect(twoYears, 'some title states two years').toBeDefined();
    if (!twoYears) return;
    const { body } = await json<Listing>(
      `/api/outcomes?year=${twoYears.enrichment.years[1]}&pageSize=100`,
    );
    const item = body.items.find((one) => one.key === twoYears.key);
    expect(item?.years).toEqual(twoYears.enrichment.years);
    expect(item?.year).toBe(twoYears.enrichment.years[0]);
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
  it('gives one item with its places, source lines and neighbours', async () => {
    const { response, body } = await json<Record<string, unknown>>('/api/outcomes/documents/83');
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(body).toMatchObject({
      key: 'documents-83',
      number: 83,
      source: { firstLine: 36, lastLine: 36 },
      previous: { key: 'documents-82' },
      next: { key: 'documents-84' },
    });
    expect(body.allPlaces).toContainEqual(
      expect.objectContaining({ slug: 'liaoning', via: 'implied' }),
    );
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
