import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Pagination, pageWindow } from '@/components/outcomes/pagination';
import { parseFiltersLenient } from '@/lib/catalogue/filters';

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  it('keeps first, last and two either side of the current page, with gaps', () => {
    expect(pageWindow(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageWindow(1, 12)).toEqual([1, 2, 3, null, 12]);
  });
});

describe('Pagination', () => {
  const render = (search: string, total: number) =>
    renderToStaticMarkup(
      createElement(Pagination, {
        filters: parseFiltersLenient(new URLSearchParams(search)).filters,
        total,
      }),
    );

  it('is absent when everything fits on one page', () => {
    expect(render('', 20)).toBe('');
  });

  it('links pages with the other filters kept, page 1 without page=', () => {
    const html = render('place=shenyang&page=2', 57);
    expect(html).toContain('href="/outcomes?place=shenyang"');
    expect(html).toContain('href="/outcomes?place=shenyang&amp;page=3"');
    expect(html).toContain('aria-current="page"');
  });
});
