import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination } from '@/components/outcomes/pagination';
import { EMPTY_FILTERS, type Filters } from '@/lib/catalogue/address';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '@/lib/i18n/locale';

const ENGLISH = LOCALE_LIST.find((locale) => locale.key === 'en') as Locale;

describe('Pagination', () => {
  const render = (filters: Partial<Filters>, total: number, locale: Locale = DEFAULT_LOCALE) =>
    renderToStaticMarkup(
      createElement(Pagination, { locale, filters: { ...EMPTY_FILTERS, ...filters }, total }),
    );

  /**
   * The numbered entries of page `current` of `last` (one item a page), left to right: the page
   * numbers, null for each gap (…); the previous and next links left out.
   */
  const shown = (current: number, last: number) =>
    [...render({ page: current, pageSize: 1 }, last).matchAll(/<li([^>]*)>(.*?)<\/li>/g)]
      .filter(([, , inner]) => !/rel="(prev|next)"/.test(inner ?? ''))
      .map(([, attributes, inner]) =>
        attributes?.includes('aria-hidden="true"')
          ? null
          : Number(/>(\d+)</.exec(inner ?? '')?.[1]),
      );

  it('is absent when everything fits on one page', () => {
    expect(render({}, 20)).toBe('');
    expect(render({}, 0)).toBe('');
    expect(render({ pageSize: 1 }, 1)).toBe('');
  });

  it('shows every page when there are few', () => {
    expect(shown(1, 3)).toEqual([1, 2, 3]);
    expect(shown(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps first, last and two either side of the current page, one gap for each run left out', () => {
    expect(shown(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(shown(1, 12)).toEqual([1, 2, 3, null, 12]);
    expect(shown(12, 12)).toEqual([1, null, 10, 11, 12]);
  });

  it('shows a single left-out page instead of a gap standing for it', () => {
    expect(shown(5, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(shown(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shown(6, 9)).toEqual([1, null, 4, 5, 6, 7, 8, 9]);
  });

  it('links pages with the other filters kept, page 1 without page=, landing on the results', () => {
    const html = render({ place: ['shenyang'], page: 2 }, 57);
    expect(html).toContain('href="/outcomes?place=shenyang#results"');
    expect(html).toContain('href="/outcomes?place=shenyang&amp;page=3#results"');
    expect(html).toContain('<a rel="prev" href="/outcomes?place=shenyang#results">上一页</a>');
    expect(html).toContain(
      '<a rel="next" href="/outcomes?place=shenyang&amp;page=3#results">下一页</a>',
    );
    // The current page is not a link.
    expect(html).toContain('<span aria-current="page"><span class="sr-only">第2页</span>');
    expect(html).not.toContain('page=2#');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(render({ page: 1 }, 57)).not.toContain('rel="prev"');
    expect(render({ page: 3 }, 57)).not.toContain('rel="next"');
  });

  it('counts pages by the page size', () => {
    expect(render({ pageSize: 50 }, 57)).toContain('page=2');
    expect(render({ pageSize: 50 }, 57)).not.toContain('page=3');
  });

  it('writes the English addresses under /en', () => {
    expect(render({ page: 1 }, 57, ENGLISH)).toContain('href="/en/outcomes?page=2#results"');
  });
});
