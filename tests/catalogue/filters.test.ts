import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  parseFiltersLenient,
  parseFiltersStrict,
  type RawParams,
} from '@/lib/catalogue/filters';
import {
  FILTER_VALUES_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_LENGTH,
} from '@/lib/constants';

const params = (query: string) => new URLSearchParams(query);

describe('parseFiltersStrict (API)', () => {
  it('gives defaults for an empty query', () => {
    expect(parseFiltersStrict(params(''))).toEqual({ ok: true, filters: EMPTY_FILTERS });
    expect(EMPTY_FILTERS).toMatchObject({
      sort: 'section',
      page: 1,
      pageSize: PAGE_SIZE_DEFAULT,
      q: '',
    });
  });

  it('reads repeated parameters and comma lists alike, without duplicates', () => {
    const result = parseFiltersStrict(
      params(
        'section=meetings&section=documents,initiatives&place=liaoning,liaoning&year=2024,2025',
      ),
    );
    expect(result).toMatchObject({
      ok: true,
      filters: {
        section: ['meetings', 'documents', 'initiatives'],
        place: ['liaoning'],
        year: [2024, 2025],
      },
    });
  });

  it('accepts Next.js searchParams objects', () => {
    const result = parseFiltersStrict({
      category: ['meetings.2', 'documents.1'],
      q: '论坛',
      page: '2',
    });
    expect(result).toMatchObject({
      ok: true,
      filters: { category: ['meetings.2', 'documents.1'], q: '论坛', page: 2 },
    });
  });

  it.each([
    ['section=speeches', 'section'],
    ['category=meetings', 'category'],
    ['category=meetings.0', 'category'],
    ['place=atlantis', 'place'],
    ['type=nonsense', 'type'],
    ['topic=nonsense', 'topic'],
    ['year=20x5', 'year'],
    ['year=1066', 'year'],
    ['sort=random', 'sort'],
    ['page=0', 'page'],
    ['page=1.5', 'page'],
    ['page=1e1', 'page'],
    ['page=0x10', 'page'],
    ['page=%2B2', 'page'],
    ['page=02', 'page'],
    ['page=99999999999999999999', 'page'],
    ['pageSize=1e2', 'pageSize'],
    ['year=2.025e3', 'year'],
    ['year=0x7e9', 'year'],
    [`pageSize=${PAGE_SIZE_MAX + 1}`, 'pageSize'],
    [`q=${'论'.repeat(QUERY_MAX_LENGTH + 1)}`, 'q'],
    ['page=1&page=2', 'page'],
    [
      `place=${Array.from({ length: FILTER_VALUES_MAX + 1 }, (_, i) => `p${i}`).join(',')}`,
      'place',
    ],
  ])('rejects %s with a reason naming %s', (query, param) => {
    const result = parseFiltersStrict(params(query));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.param).toBe(param);
      expect(result.reason).toMatch(new RegExp(`^${param}: .+`));
    }
  });

  it('ignores parameters it does not know (utm_source, format…)', () => {
    expect(parseFiltersStrict(params('utm_source=x&format=csv'))).toEqual({
      ok: true,
      filters: EMPTY_FILTERS,
    });
  });
});

describe('parseFiltersLenient (pages)', () => {
  it('reads only strings from Next.js searchParams (?constructor=x arrives as [Object, x])', () => {
    const raw = { constructor: [Object, 'x'], page: [Function, '2'], q: Symbol() };
    const { filters, notices } = parseFiltersLenient(raw as unknown as RawParams);
    expect(filters).toMatchObject({ page: 2, q: '' });
    expect(notices).toEqual([]);
  });

  it('keeps valid values, drops invalid ones, and lists what it dropped', () => {
    const { filters, notices } = parseFiltersLenient(
      params('section=meetings,speeches&place=liaoning,atlantis&page=-3&sort=title&pageSize=1000'),
    );
    expect(filters).toMatchObject({
      section: ['meetings'],
      place: ['liaoning'],
      page: 1,
      sort: 'title',
      pageSize: PAGE_SIZE_DEFAULT,
    });
    expect(notices).toEqual([
      { param: 'section', value: 'speeches', reason: 'invalid' },
      { param: 'place', value: 'atlantis', reason: 'invalid' },
      { param: 'page', value: '-3', reason: 'invalid' },
      { param: 'pageSize', value: '1000', reason: 'invalid' },
    ]);
  });

  it('cuts an over-long query instead of dropping it', () => {
    const long = '论坛'.repeat(QUERY_MAX_LENGTH);
    const { filters, notices } = parseFiltersLenient({ q: long });
    expect(filters.q).toBe(long.slice(0, QUERY_MAX_LENGTH));
    expect(notices).toEqual([{ param: 'q', value: long, reason: 'too-long' }]);
  });

  it('keeps the first of a repeated scalar and the first values up to the cap', () => {
    const many = Array.from({ length: FILTER_VALUES_MAX + 2 }, (_, i) => 2000 + i);
    const { filters, notices } = parseFiltersLenient(
      params(`sort=title&sort=number&year=${many.join(',')}`),
    );
    expect(filters.sort).toBe('title');
    expect(filters.year).toHaveLength(FILTER_VALUES_MAX);
    expect(notices.map((n) => n.reason)).toEqual(['too-many', 'too-many', 'repeated']);
  });
});
