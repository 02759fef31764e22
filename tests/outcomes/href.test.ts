import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters, parseFiltersLenient } from '@/lib/catalogue/filters';
import {
  csvHref,
  hasFilters,
  listingHref,
  searchFormFields,
  toggleValue,
  withoutFilters,
  withoutQuery,
  withoutValue,
  withPage,
  withSort,
} from '@/lib/outcomes/href';

const filters = (search: string): Filters =>
  parseFiltersLenient(new URLSearchParams(search)).filters;

describe('listingHref: one address per view', () => {
  it('is the bare path without filters', () => {
    expect(listingHref(EMPTY_FILTERS)).toBe('/outcomes');
  });

  it('orders facets, sorts their values and leaves out defaults', () => {
    const href = listingHref(
      filters(
        'q=协议&place=shenyang&sort=section&page=1&section=documents&place=qingdao&pageSize=20',
      ),
    );
    expect(href).toBe(
      `/outcomes?section=documents&place=qingdao&place=shenyang&q=${encodeURIComponent('协议')}`,
    );
  });

  it('gives the same address for the same filters written differently', () => {
    const a = listingHref(filters('place=shenyang,qingdao&year=2025&year=2024&topic=health'));
    const b = listingHref(filters('topic=health&year=2024,2025&place=qingdao&place=shenyang'));
    expect(a).toBe(b);
    expect(a).toBe('/outcomes?place=qingdao&place=shenyang&topic=health&year=2024&year=2025');
  });

  it('keeps non-default sort, page and page size', () => {
    expect(listingHref(filters('sort=title&page=3&pageSize=50'))).toBe(
      '/outcomes?sort=title&page=3&pageSize=50',
    );
  });

  it('round-trips through the parser', () => {
    const original = filters('section=meetings&category=meetings.2&type=forum&q=论坛 青岛&page=2');
    const reparsed = filters(listingHref(original).split('?')[1] ?? '');
    expect(reparsed).toEqual(original);
  });

  it('encodes what the reader typed, so it cannot break out of the query', () => {
    const href = listingHref(filters(`q=${encodeURIComponent('a&section=x#"<')}`));
    expect(href).toBe('/outcomes?q=a%26section%3Dx%23%22%3C');
  });
});

describe('chips and facet links', () => {
  const base = filters('section=documents&place=shenyang&place=qingdao&q=协议&page=3');

  it('removing one value leaves every other filter in place and returns to page 1', () => {
    expect(listingHref(withoutValue(base, 'place', 'shenyang'))).toBe(
      `/outcomes?section=documents&place=qingdao&q=${encodeURIComponent('协议')}`,
    );
  });

  it('removing the query keeps the facets', () => {
    expect(listingHref(withoutQuery(base))).toBe(
      '/outcomes?section=documents&place=qingdao&place=shenyang',
    );
  });

  it('toggling adds a value to its facet (OR) or takes it out', () => {
    expect(toggleValue(base, 'section', 'initiatives').section).toEqual([
      'documents',
      'initiatives',
    ]);
    expect(toggleValue(base, 'section', 'documents').section).toEqual([]);
    expect(toggleValue(base, 'year', '2025').year).toEqual([2025]);
    expect(toggleValue(base, 'year', '2025').page).toBe(1);
  });

  it('clearing drops facets and query but keeps order and page size', () => {
    const sorted = filters('section=documents&q=x&sort=number&pageSize=50&page=2');
    expect(listingHref(withoutFilters(sorted))).toBe('/outcomes?sort=number&pageSize=50');
    expect(hasFilters(withoutFilters(sorted))).toBe(false);
    expect(hasFilters(sorted)).toBe(true);
  });

  it('sorting starts again at page 1; paging keeps everything else', () => {
    expect(listingHref(withSort(base, 'title'))).toContain('sort=title');
    expect(listingHref(withSort(base, 'title'))).not.toContain('page=');
    expect(listingHref(withPage(base, 2))).toMatch(/&page=2$/);
  });
});

describe('csvHref and the search form', () => {
  it('exports the same filters without the page', () => {
    expect(csvHref(filters('place=shenyang&page=4&sort=title'))).toBe(
      '/api/outcomes.csv?place=shenyang&sort=title',
    );
    expect(csvHref(EMPTY_FILTERS)).toBe('/api/outcomes.csv');
  });

  it('carries the other filters as hidden fields, without the query and the page', () => {
    expect(searchFormFields(filters('q=old&place=shenyang&section=documents&page=5'))).toEqual([
      ['section', 'documents'],
      ['place', 'shenyang'],
    ]);
  });
});
