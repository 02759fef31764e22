import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AddressNotice,
  categoryValue,
  defaultSort,
  EMPTY_FILTERS,
  exportHref,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  filterOf,
  hasFilters,
  isSelected,
  type KnownValues,
  listingHref,
  readApiAddress,
  readListingAddress,
  SORT_KEYS,
  searchFormFields,
  toggleValue,
  viewOf,
  wholeNumber,
  withMore,
  withoutFilters,
  withoutQuery,
  withoutValue,
  withPage,
  withPageSize,
  withSort,
} from '@/lib/catalogue/address';
import {
  FILTER_VALUES_MAX,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_LENGTH,
} from '@/lib/constants';
import { SECTION_KEYS } from '@/lib/parser/types';

/**
 * The listing address, both ways: what a query string means (lenient for pages, strict for the
 * API) and the one canonical address each view has. Everything here is pure; the vocabulary of
 * places, types and topics is a small hand-made stand-in for the loaded catalogue's.
 */

const KNOWN = {
  place: new Set(['china', 'liaoning', 'shenyang', 'qingdao']),
  venue: new Set(['china', 'shandong', 'qingdao']),
  type: new Set(['forum', 'meeting']),
  topic: new Set(['health', 'friendship']),
  unit: new Set(['yuan', 'patient']),
} satisfies KnownValues;
const LANGUAGES = ['zh', 'en'];

/** What a page's address arrives as: a URL's parameters, or the searchParams Next.js gives. */
type RawParams = Parameters<typeof readListingAddress>[0];

const read = (raw: RawParams) => readListingAddress(raw, KNOWN);
const filters = (query: string): Filters => read(new URLSearchParams(query)).filters;
const notices = (query: string): AddressNotice[] => read(new URLSearchParams(query)).notices;
const api = (query: string) => readApiAddress(new URLSearchParams(query), KNOWN, LANGUAGES);
const q = (text: string) => encodeURIComponent(text);

describe('readListingAddress: what an address means', () => {
  it('gives the defaults for an empty query', () => {
    expect(read(new URLSearchParams(''))).toEqual({ filters: EMPTY_FILTERS, notices: [] });
    expect(EMPTY_FILTERS).toMatchObject({
      q: '',
      sort: 'section',
      page: 1,
      pageSize: PAGE_SIZE_DEFAULT,
      more: [],
    });
    for (const facet of FACET_KEYS) expect(EMPTY_FILTERS[facet]).toEqual([]);
  });

  it('reads repeated parameters and comma lists alike, once each, trimmed', () => {
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams(
        'section=meetings&section=documents,initiatives&place=shenyang,%20shenyang&place=,qingdao,&year=2024,2025',
      ),
      KNOWN,
    );
    expect(kept.section).toEqual(['meetings', 'documents', 'initiatives']);
    expect(kept.place).toEqual(['shenyang', 'qingdao']);
    expect(kept.year).toEqual(['2024', '2025']);
    expect(notices).toEqual([]);
  });

  it('does not split a query at its commas: only facets are lists', () => {
    expect(filters(`q=${q('沈阳,青岛')}`).q).toBe('沈阳,青岛');
  });

  it('reads Next.js searchParams objects as it reads URLSearchParams', () => {
    const fromNext = read({ category: ['meetings.2', 'documents.1'], q: '论坛', page: '2' });
    expect(fromNext.filters).toMatchObject({
      category: ['meetings.2', 'documents.1'],
      q: '论坛',
      page: 2,
      // A query's default order is relevance.
      sort: 'relevance',
    });
    const fromUrl = read(
      new URLSearchParams(`category=meetings.2,documents.1&q=${q('论坛')}&page=2`),
    );
    expect(fromUrl).toEqual(fromNext);
  });

  it('skips undefined entries of a searchParams object', () => {
    expect(read({ place: undefined, section: 'documents' }).filters.section).toEqual(['documents']);
  });

  it('reads only the strings of a parameter given with an inherited member', () => {
    // Next.js builds searchParams on a plain object: ?page=2 may arrive beside a function when
    // the name is an Object member's, so only strings may count.
    const raw = { page: [Function, '2'], q: Symbol('q') } as unknown as RawParams;
    expect(read(raw)).toEqual({ filters: { ...EMPTY_FILTERS, page: 2 }, notices: [] });
  });

  // `param in SCALARS` once took every Object.prototype member for a known scalar, so
  // `constructor`, `toString`… were dropped without a notice and the strict API answered 200.
  it('reports a parameter named like an Object member as unknown', () => {
    // ?constructor=x arrives as [Object, 'x'] and ?toString=z as [Object.prototype.toString, 'z'].
    const raw = {
      constructor: [Object, 'x'],
      toString: [Object.prototype.toString, 'z'],
    } as unknown as RawParams;
    expect(read(raw).notices).toEqual([
      { param: 'constructor', value: 'x', reason: 'unknown' },
      { param: 'toString', value: 'z', reason: 'unknown' },
    ]);
  });

  it('reports Object member names in a URL as unknown too', () => {
    expect(notices('valueOf=1&__proto__=2&hasOwnProperty=3')).toEqual([
      { param: 'valueOf', value: '1', reason: 'unknown' },
      { param: '__proto__', value: '2', reason: 'unknown' },
      { param: 'hasOwnProperty', value: '3', reason: 'unknown' },
    ]);
  });

  it('drops characters no document should carry from names and values, once, as it reads them', () => {
    // U+0001 (a control), U+FFFF (a noncharacter); U+200F (a bidi mark) is text and stays.
    expect(read(new URLSearchParams('q=%E8%AE%BA%01%E5%9D%9B%EF%BF%BF%E2%80%8F'))).toEqual({
      filters: { ...EMPTY_FILTERS, q: '论坛\u200F', sort: 'relevance' },
      notices: [],
    });
    expect(read(new URLSearchParams('x%01y=%EF%BF%BEz')).notices).toEqual([
      { param: 'xy', value: 'z', reason: 'unknown' },
    ]);
  });

  it('refuses ?constructor=x in the API like any other unknown parameter', () => {
    expect(api('constructor=x')).toEqual({
      ok: false,
      issues: [{ param: 'constructor', value: 'x', reason: 'unknown' }],
      lang: null,
    });
  });

  it('names a category as the category filter spells it', () => {
    expect(categoryValue('meetings', 2)).toBe('meetings.2');
    expect(filters(`category=${categoryValue('documents', 1)}`).category).toEqual(['documents.1']);
  });

  it.each([
    ['section', 'speeches'],
    ['section', 'Meetings'],
    ['category', 'meetings'],
    ['category', 'meetings.0'],
    ['category', 'meetings.100'],
    ['category', 'meetings.01'],
    ['category', 'speeches.1'],
    ['place', 'atlantis'],
    // A real place the loaded catalogue does not hold is as unknown as a made-up one.
    ['place', 'kunming'],
    ['type', 'nonsense'],
    ['topic', 'nonsense'],
    ['year', '20x5'],
    ['year', '1066'],
    ['year', '2101'],
    ['year', '2.025e3'],
    ['year', '0x7e9'],
    ['year', '02025'],
    ['more', 'bogus'],
    ['sort', 'random'],
    ['page', '0'],
    ['page', '-3'],
    ['page', '1.5'],
    ['page', '1e1'],
    ['page', '0x10'],
    ['page', '+2'],
    ['page', '02'],
    ['page', String(PAGE_MAX + 1)],
    ['page', '99999999999999999999'],
    ['pageSize', '0'],
    ['pageSize', '1e2'],
    ['pageSize', String(PAGE_SIZE_MAX + 1)],
  ])('drops %s=%s as invalid and keeps the default', (param, value) => {
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams([[param, value]]),
      KNOWN,
    );
    expect(notices).toEqual([{ param, value, reason: 'invalid' }]);
    expect(kept).toEqual(EMPTY_FILTERS);
  });

  it.each([
    ['page', String(PAGE_MAX), PAGE_MAX],
    ['pageSize', String(PAGE_SIZE_MAX), PAGE_SIZE_MAX],
    ['pageSize', '1', 1],
  ])('takes %s=%s, the bound itself', (param, value, expected) => {
    expect(filters(`${param}=${value}`)[param as 'page' | 'pageSize']).toBe(expected);
  });

  it('keeps the years 2000 and 2100, the ends of the range', () => {
    expect(filters('year=2000,2100').year).toEqual(['2000', '2100']);
  });

  it('cuts an over-long query instead of dropping it, and says so', () => {
    const long = '论坛'.repeat(QUERY_MAX_LENGTH);
    const { filters: kept, notices } = read({ q: long });
    expect(kept.q).toBe(long.slice(0, QUERY_MAX_LENGTH));
    expect(kept.q).toHaveLength(QUERY_MAX_LENGTH);
    expect(notices).toEqual([{ param: 'q', value: long, reason: 'too-long' }]);
  });

  it('takes a query of exactly QUERY_MAX_LENGTH characters without a notice', () => {
    const exact = '论'.repeat(QUERY_MAX_LENGTH);
    expect(read({ q: exact })).toMatchObject({ filters: { q: exact }, notices: [] });
  });

  it('trims the query', () => {
    expect(filters('q=%20%20%E8%AE%BA%E5%9D%9B%20').q).toBe('论坛');
  });

  it('refuses a page number written with spaces, so a page has one address', () => {
    const { filters, notices } = read(new URLSearchParams('page=%2010&pageSize=50%20'));
    expect(filters.page).toBe(1);
    expect(filters.pageSize).toBe(EMPTY_FILTERS.pageSize);
    expect(notices).toEqual([
      { param: 'page', value: ' 10', reason: 'invalid' },
      { param: 'pageSize', value: '50 ', reason: 'invalid' },
    ]);
  });

  it('keeps the first of a repeated scalar and reports the others', () => {
    expect(read(new URLSearchParams('sort=title&sort=number&page=1&page=2&q=a&q=b'))).toEqual({
      filters: { ...EMPTY_FILTERS, q: 'a', sort: 'title' },
      notices: [
        { param: 'q', value: 'b', reason: 'repeated' },
        { param: 'sort', value: 'number', reason: 'repeated' },
        { param: 'page', value: '2', reason: 'repeated' },
      ],
    });
  });

  it('keeps the first FILTER_VALUES_MAX values of a facet and reports the rest', () => {
    const years = Array.from({ length: FILTER_VALUES_MAX + 2 }, (_, i) => String(2000 + i));
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams(`year=${years.join(',')}`),
      KNOWN,
    );
    expect(kept.year).toEqual(years.slice(0, FILTER_VALUES_MAX));
    expect(notices).toEqual(
      years.slice(FILTER_VALUES_MAX).map((value) => ({ param: 'year', value, reason: 'too-many' })),
    );
  });

  it('counts neither invalid values nor repeats toward the cap', () => {
    const years = Array.from({ length: FILTER_VALUES_MAX }, (_, i) => String(2000 + i));
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams(`year=1066,${years.join(',')},${years[0]}`),
      KNOWN,
    );
    expect(kept.year).toEqual(years);
    expect(notices).toEqual([{ param: 'year', value: '1066', reason: 'invalid' }]);
  });

  it('reports parameters it does not know', () => {
    expect(notices('utm_source=x&format=csv&palce=qingdao')).toEqual([
      { param: 'utm_source', value: 'x', reason: 'unknown' },
      { param: 'format', value: 'csv', reason: 'unknown' },
      { param: 'palce', value: 'qingdao', reason: 'unknown' },
    ]);
  });

  it('reads `more` as facets to show whole, and reports an unknown facet', () => {
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams('more=year,place&more=bogus&more=place'),
      KNOWN,
    );
    expect(kept.more).toEqual(['year', 'place']);
    expect(notices).toEqual([{ param: 'more', value: 'bogus', reason: 'invalid' }]);
  });

  it('keeps every valid value beside the invalid ones, and lists what it dropped', () => {
    const { filters: kept, notices } = readListingAddress(
      new URLSearchParams(
        'x=1&section=meetings,speeches&place=shenyang,atlantis&page=-3&sort=title&pageSize=1000',
      ),
      KNOWN,
    );
    expect(kept).toEqual({
      ...EMPTY_FILTERS,
      section: ['meetings'],
      place: ['shenyang'],
      sort: 'title',
    });
    expect(notices).toEqual([
      { param: 'x', value: '1', reason: 'unknown' },
      { param: 'section', value: 'speeches', reason: 'invalid' },
      { param: 'place', value: 'atlantis', reason: 'invalid' },
      { param: 'page', value: '-3', reason: 'invalid' },
      { param: 'pageSize', value: '1000', reason: 'invalid' },
    ]);
  });

  it('orders a search by relevance unless the address names an order', () => {
    expect(defaultSort('')).toBe('section');
    expect(defaultSort('论坛')).toBe('relevance');
    expect(filters('q=x').sort).toBe('relevance');
    expect(filters('q=x&sort=section').sort).toBe('section');
    expect(filters('').sort).toBe('section');
    // An invalid order falls back to the default for the query, not to the list's.
    expect(filters('q=x&sort=random').sort).toBe('relevance');
  });
});

describe('wholeNumber', () => {
  const page = wholeNumber(1, 10);
  it.each(['1', '10', '7'])('takes %s', (text) => {
    expect(page.parse(text)).toBe(Number(text));
  });
  it.each(['0', '11', '', ' 1', '1 ', '+1', '-1', '01', '1.0', '1e1', '0x1', '１'])(
    'refuses %j',
    (text) => {
      expect(page.safeParse(text).success).toBe(false);
    },
  );
});

describe('readApiAddress: the API refuses what a page would drop', () => {
  it('accepts a clean address, without a language', () => {
    expect(api('section=documents&place=shenyang')).toEqual({
      ok: true,
      filters: { ...EMPTY_FILTERS, section: ['documents'], place: ['shenyang'] },
      lang: null,
    });
  });

  it('takes one known `lang` and does not count it as unknown', () => {
    expect(api('lang=en&place=qingdao')).toMatchObject({
      ok: true,
      lang: 'en',
      filters: { place: ['qingdao'] },
    });
  });

  it.each([
    ['lang=fr', [{ param: 'lang', value: 'fr', reason: 'invalid' }], null],
    ['lang=', [{ param: 'lang', value: '', reason: 'invalid' }], null],
    ['lang=en&lang=zh', [{ param: 'lang', value: 'zh', reason: 'repeated' }], 'en'],
    [
      'lang=fr&lang=en',
      [
        { param: 'lang', value: 'en', reason: 'repeated' },
        { param: 'lang', value: 'fr', reason: 'invalid' },
      ],
      null,
    ],
    ['lang=en&place=atlantis', [{ param: 'place', value: 'atlantis', reason: 'invalid' }], 'en'],
  ])('refuses %s, keeping the language it can read (for the refusal)', (query, issues, lang) => {
    expect(api(query)).toEqual({ ok: false, issues, lang });
  });

  it.each([
    ['place=atlantis', 'place', 'invalid'],
    ['utm_source=x', 'utm_source', 'unknown'],
    ['q=a&q=b', 'q', 'repeated'],
    [`q=${q('长'.repeat(QUERY_MAX_LENGTH + 1))}`, 'q', 'too-long'],
    [
      `year=${Array.from({ length: FILTER_VALUES_MAX + 1 }, (_, i) => 2000 + i)}`,
      'year',
      'too-many',
    ],
    ['more=bogus', 'more', 'invalid'],
    ['page=02', 'page', 'invalid'],
  ])('refuses %s, naming %s as %s', (query, param, reason) => {
    const result = api(query);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual(expect.objectContaining({ param, reason }));
  });

  it('lists every offending parameter', () => {
    const result = api('place=atlantis&pageSize=1000&foo=1&lang=xx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.param, issue.reason])).toEqual([
      ['lang', 'invalid'],
      ['foo', 'unknown'],
      ['place', 'invalid'],
      ['pageSize', 'invalid'],
    ]);
  });
});

describe('listingHref: one address per view', () => {
  it('is the bare path without filters', () => {
    expect(listingHref(EMPTY_FILTERS)).toBe('/outcomes');
  });

  it('writes facets in FACET_KEYS order, values sorted, and leaves out the defaults', () => {
    const href = listingHref(
      filters(
        `q=${q('协议')}&year=2025,2024&place=shenyang&sort=relevance&page=1&section=documents&place=qingdao&pageSize=20&category=meetings.2&type=meeting,forum&topic=health`,
      ),
    );
    expect(href).toBe(
      `/outcomes?section=documents&category=meetings.2&place=qingdao&place=shenyang&type=forum&type=meeting&topic=health&year=2024&year=2025&q=${q('协议')}`,
    );
  });

  it('gives the same address for the same view written differently', () => {
    const a = listingHref(filters('place=shenyang,qingdao&year=2025&year=2024&topic=health'));
    const b = listingHref(filters('topic=health&year=2024,2025&place=qingdao&place=shenyang'));
    expect(a).toBe(b);
    expect(a).toBe('/outcomes?place=qingdao&place=shenyang&topic=health&year=2024&year=2025');
  });

  it('leaves out the default order of each kind of view, and writes any other', () => {
    // Without a query the list's order is the default; with one, relevance.
    expect(listingHref(filters('sort=section'))).toBe('/outcomes');
    expect(listingHref(filters('q=x&sort=relevance'))).toBe('/outcomes?q=x');
    expect(listingHref(filters('q=x&sort=section'))).toBe('/outcomes?q=x&sort=section');
    expect(listingHref(filters('sort=relevance'))).toBe('/outcomes?sort=relevance');
    expect(listingHref(filters('sort=title&page=3&pageSize=50'))).toBe(
      '/outcomes?sort=title&page=3&pageSize=50',
    );
  });

  it('writes `more` last, in FACET_KEYS order', () => {
    expect(listingHref(filters('more=year,place&page=2'))).toBe(
      '/outcomes?page=2&more=place&more=year',
    );
  });

  it('leaves out repeated values of a facet', () => {
    const doubled = { ...EMPTY_FILTERS, place: ['shenyang', 'qingdao', 'shenyang'] };
    expect(listingHref(doubled)).toBe('/outcomes?place=qingdao&place=shenyang');
  });

  it('encodes what the reader typed, so it cannot break out of the query', () => {
    const href = listingHref(filters(`q=${q('a&section=x#"<')}`));
    expect(href).toBe('/outcomes?q=a%26section%3Dx%23%22%3C');
    expect(filters(href.split('?')[1] ?? '').q).toBe('a&section=x#"<');
  });
});

describe('exportHref: the same view in other formats', () => {
  const view = filters('place=shenyang&page=4&pageSize=50&sort=title&more=place');

  it.each([
    ['csv', '/api/outcomes.csv?place=shenyang&sort=title'],
    ['atom', '/api/outcomes.atom?place=shenyang&sort=title'],
    ['ris', '/api/outcomes.ris?place=shenyang&sort=title'],
    ['bib', '/api/outcomes.bib?place=shenyang&sort=title'],
    ['csl', '/api/outcomes.csl.json?place=shenyang&sort=title'],
  ] as const)('%s holds every match: no page, no page size', (format, href) => {
    expect(exportHref(format, view)).toBe(href);
  });

  it('json is paged like the page, without the page-only `more`', () => {
    expect(exportHref('json', view)).toBe(
      '/api/outcomes?place=shenyang&sort=title&page=4&pageSize=50',
    );
  });

  it('appends the language when given', () => {
    expect(exportHref('csv', view, 'en')).toBe(
      '/api/outcomes.csv?place=shenyang&sort=title&lang=en',
    );
    expect(exportHref('csv', EMPTY_FILTERS, 'en')).toBe('/api/outcomes.csv?lang=en');
    expect(exportHref('csv', EMPTY_FILTERS)).toBe('/api/outcomes.csv');
  });

  it('is read back by the API as the same view', () => {
    const href = exportHref('json', view, 'en');
    const result = api(href.split('?')[1] ?? '');
    expect(result).toEqual({ ok: true, filters: { ...view, more: [] }, lang: 'en' });
  });
});

describe('value builders: every link of a page', () => {
  const base = filters(`section=documents&place=shenyang&place=qingdao&q=${q('协议')}&page=3`);

  it('toggling adds a value to its facet (OR) or takes it out, back at page 1', () => {
    expect(toggleValue(base, 'section', 'initiatives').section).toEqual([
      'documents',
      'initiatives',
    ]);
    expect(toggleValue(base, 'section', 'documents').section).toEqual([]);
    expect(toggleValue(base, 'year', '2025').year).toEqual(['2025']);
    expect(toggleValue(base, 'year', '2025').page).toBe(1);
    // The filters given are left as they were.
    expect(base.section).toEqual(['documents']);
    expect(base.page).toBe(3);
  });

  it('isSelected says whether a value is among its facet’s', () => {
    expect(isSelected(base, 'place', 'qingdao')).toBe(true);
    expect(isSelected(base, 'place', 'china')).toBe(false);
    expect(isSelected(base, 'section', 'shenyang')).toBe(false);
  });

  it('removing one value leaves every other filter in place and returns to page 1', () => {
    expect(listingHref(withoutValue(base, 'place', 'shenyang'))).toBe(
      `/outcomes?section=documents&place=qingdao&q=${q('协议')}`,
    );
    expect(withoutValue(base, 'place', 'china').place).toEqual(['shenyang', 'qingdao']);
  });

  it('removing the query keeps the facets, and an order only a query has goes back', () => {
    expect(withoutQuery(base)).toMatchObject({ q: '', sort: 'section', page: 1 });
    expect(listingHref(withoutQuery(base))).toBe(
      '/outcomes?section=documents&place=qingdao&place=shenyang',
    );
    expect(withoutQuery(withSort(base, 'title')).sort).toBe('title');
  });

  it('clearing drops facets and query but keeps the order and page size', () => {
    const sorted = filters('section=documents&q=x&sort=number&pageSize=50&page=2&more=place');
    expect(withoutFilters(sorted)).toEqual({ ...EMPTY_FILTERS, sort: 'number', pageSize: 50 });
    expect(listingHref(withoutFilters(sorted))).toBe('/outcomes?sort=number&pageSize=50');
    expect(withoutFilters(filters('q=x&place=china')).sort).toBe('section');
  });

  it('hasFilters counts facets and the query, not order or paging', () => {
    expect(hasFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasFilters(filters('sort=title&page=2&pageSize=50&more=place'))).toBe(false);
    expect(hasFilters(filters('q=x'))).toBe(true);
    expect(hasFilters(filters('year=2025'))).toBe(true);
  });

  it('sorting and a new page size start again at page 1; paging keeps everything else', () => {
    expect(withSort(base, 'title')).toMatchObject({ sort: 'title', page: 1 });
    expect(withPageSize(base, 50)).toMatchObject({ pageSize: 50, page: 1 });
    expect(withPage(base, 2)).toEqual({ ...base, page: 2 });
    expect(listingHref(withPage(base, 2))).toMatch(/&page=2$/);
  });

  it('showing a facet whole changes nothing else, and can be undone', () => {
    const whole = withMore(base, 'place', true);
    expect(whole).toEqual({ ...base, more: ['place'] });
    expect(withMore(whole, 'place', true).more).toEqual(['place']);
    expect(withMore(whole, 'place', false)).toEqual(base);
  });

  it('the search form carries the other filters, without query, page and a relevance order', () => {
    expect(searchFormFields(filters('q=old&place=shenyang&section=documents&page=5'))).toEqual([
      ['section', 'documents'],
      ['place', 'shenyang'],
    ]);
    expect(searchFormFields(filters('q=old&sort=title&pageSize=50'))).toEqual([
      ['sort', 'title'],
      ['pageSize', '50'],
    ]);
  });

  it('viewOf keeps what a view holds and forgets how it is seen', () => {
    const seen = filters('place=shenyang&q=x&sort=title&page=4&pageSize=50&more=place');
    expect(viewOf(seen)).toEqual({
      ...EMPTY_FILTERS,
      place: ['shenyang'],
      q: 'x',
      sort: 'relevance',
    });
    expect(viewOf(filters('place=shenyang&sort=title')).sort).toBe('section');
  });

  it('filterOf makes the one-value filter of item and place pages', () => {
    expect(filterOf('place', 'shenyang')).toEqual({ ...EMPTY_FILTERS, place: ['shenyang'] });
    expect(listingHref(filterOf('year', '2025'))).toBe('/outcomes?year=2025');
  });
});

describe('round trip (property)', () => {
  /** The query of a view's canonical address, as the page reading it gets it. */
  const queryOf = (view: Filters) => new URL(listingHref(view), 'http://localhost').searchParams;

  /** Unique values in the order the canonical address writes them. */
  const values = (pool: readonly string[]) =>
    fc
      .uniqueArray(fc.constantFrom(...pool), { maxLength: 5 })
      .map((picked) => [...picked].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

  const categories = SECTION_KEYS.flatMap((section) =>
    [1, 2, 9, 10, 99].map((ordinal) => categoryValue(section, ordinal)),
  );
  const years = Array.from({ length: 101 }, (_, i) => String(2000 + i));

  // A query as the reader keeps it: whole characters (no lone surrogate), trimmed, not too long.
  const query = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
    .map((text) => text.trim())
    .filter((text) => text !== '' && text.length <= QUERY_MAX_LENGTH);

  const validFilters: fc.Arbitrary<Filters> = fc.record({
    section: values(SECTION_KEYS),
    category: values(categories),
    place: values([...KNOWN.place]),
    venue: values([...KNOWN.venue]),
    type: values([...KNOWN.type]),
    topic: values([...KNOWN.topic]),
    year: values(years),
    commitment: values(['yes']),
    unit: values([...KNOWN.unit]),
    q: fc.oneof(fc.constant(''), query),
    sort: fc.constantFrom(...SORT_KEYS),
    page: fc.integer({ min: 1, max: PAGE_MAX }),
    pageSize: fc.integer({ min: 1, max: PAGE_SIZE_MAX }),
    more: fc.subarray([...FACET_KEYS] as FacetKey[]),
  });

  it('reads the canonical address of any valid view back as that view, with no notice', () => {
    fc.assert(
      fc.property(validFilters, (view) => {
        expect(readListingAddress(queryOf(view), KNOWN)).toEqual({
          filters: view,
          notices: [],
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives one address whatever order the parameters come in', () => {
    fc.assert(
      fc.property(
        validFilters.chain((view) => {
          const params = [...queryOf(view)];
          const shuffled = fc.shuffledSubarray(params, { minLength: params.length });
          return fc.tuple(fc.constant(view), shuffled);
        }),
        ([view, shuffled]) => {
          const reread = readListingAddress(new URLSearchParams(shuffled), KNOWN).filters;
          expect(listingHref(reread)).toBe(listingHref(view));
        },
      ),
    );
  });
});
