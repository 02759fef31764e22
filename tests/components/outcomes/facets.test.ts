import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ActiveFilters } from '@/components/outcomes/chips';
import { FacetPanel } from '@/components/outcomes/facets';
import { FilterNotices } from '@/components/outcomes/notices';
import type { Facets } from '@/lib/catalogue';
import { parseFiltersLenient } from '@/lib/catalogue/filters';

const filters = (search: string) => parseFiltersLenient(new URLSearchParams(search)).filters;
const value = (v: string, count: number) => ({ value: v, count, zh: null, en: null });

const facets: Facets = {
  section: [value('documents', 23), value('initiatives', 0)],
  category: [],
  place: [value('china', 6), value('liaoning', 5), value('shenyang', 5), value('qingdao', 0)],
  type: [],
  topic: [],
  year: [],
};

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);

describe('FacetPanel', () => {
  const html = renderToStaticMarkup(
    createElement(FacetPanel, { filters: filters('place=qingdao'), facets, total: 0 }),
  );

  it('links each value with a count to the view with that value added', () => {
    expect(hrefs(html)).toContain('/outcomes?section=documents&amp;place=qingdao');
    expect(html).toContain('（23 项）');
  });

  it('offers no link for a value that would empty the list', () => {
    expect(hrefs(html).some((href) => href?.includes('initiatives'))).toBe(false);
    expect(html).toContain('aria-disabled="true"');
  });

  it('keeps a selected value with no results as a link that removes it', () => {
    expect(hrefs(html)).toContain('/outcomes');
    expect(html).toMatch(/<a[^>]*href="\/outcomes"[^>]*>[\s\S]*?青岛市/);
  });

  it('nests places under the place that contains them', () => {
    expect(html).toMatch(
      /中华人民共和国[\s\S]*<ul[^>]*>[\s\S]*辽宁省[\s\S]*<ul[^>]*>[\s\S]*沈阳市/,
    );
  });
});

describe('ActiveFilters', () => {
  it('gives each filter a link that removes only it', () => {
    const html = renderToStaticMarkup(
      createElement(ActiveFilters, {
        filters: filters('section=documents&place=shenyang&q=协议'),
        facets,
      }),
    );
    expect(hrefs(html)).toEqual([
      `/outcomes?place=shenyang&amp;q=${encodeURIComponent('协议')}`,
      `/outcomes?section=documents&amp;q=${encodeURIComponent('协议')}`,
      '/outcomes?section=documents&amp;place=shenyang',
      '/outcomes',
    ]);
  });

  it('renders nothing without filters', () => {
    expect(
      renderToStaticMarkup(createElement(ActiveFilters, { filters: filters(''), facets })),
    ).toBe('');
  });
});

describe('FilterNotices', () => {
  it('shows ignored parameters as text, never as markup', () => {
    const html = renderToStaticMarkup(
      createElement(FilterNotices, {
        notices: [{ param: 'x', value: '<img src=x onerror=alert(1)>', reason: 'unknown' }],
      }),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
