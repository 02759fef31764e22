import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { SOURCE_TEXT } from '../../support/source';
import { expect, test } from '../support/fixtures';
import {
  EXPECTED,
  expectedKeys,
  expectedOptions,
  FACETS,
  type Facet,
  facetLink,
  facetRegion,
  listedKeys,
  markWindow,
  pathOf,
  type ReferenceFilters,
  SHOWN,
  shownOptions,
  waitForTotal,
  windowStillMarked,
} from './support';

const text = messages.outcomes;

/** Every facet's links as expected; `whole` names the facets shown whole (`more=…`), or all. */
async function expectFacetsShown(
  page: Page,
  filters: ReferenceFilters,
  whole: boolean | readonly Facet[] = false,
) {
  for (const facet of FACETS) {
    const all = whole === true || (Array.isArray(whole) && whole.includes(facet));
    expect(await shownOptions(page, facet), facet).toEqual(
      expectedOptions(filters, facet, { whole: all }),
    );
  }
}

/** Picks a value as a person would: from the busiest six, or after asking for the rest. */
async function choose(page: Page, facet: Facet, value: string): Promise<void> {
  const link = facetLink(page, facet, value);
  if ((await link.count()) === 0) {
    await facetRegion(page, facet)
      .getByRole('link', { name: /^展开其余\d+个$/ })
      .click();
    await page.waitForURL((url) => url.searchParams.getAll('more').includes(facet));
  }
  await link.click();
}

describe('the unfiltered list', () => {
  test('lists every item of this copy, each facet’s busiest values counted', async ({ page }) => {
    const response = await page.goto('/outcomes');
    expect(response?.status()).toBe(200);
    expect(EXPECTED).toHaveLength(223);
    await waitForTotal(page, 223);
    await expectFacetsShown(page, {});
    expect(await listedKeys(page)).toEqual(expectedKeys({}).slice(0, 20));
    await page.getByText(text.facetLogic).waitFor();
  });

  test('every facet shown whole counts every value', async ({ page }) => {
    await page.goto(`/outcomes?${FACETS.map((facet) => `more=${facet}`).join('&')}`);
    await waitForTotal(page, 223);
    await expectFacetsShown(page, {}, true);
  });

  test('“more” shows a facet whole and “fewer” folds it again, the results untouched', async ({
    page,
  }) => {
    await page.goto('/outcomes?section=documents');
    await waitForTotal(page, 23);
    const { more } = expectedOptions({ section: ['documents'] }, 'place');
    expect(more, 'documents name more than six places').not.toBeNull();
    await markWindow(page);
    await facetRegion(page, 'place')
      .getByRole('link', { name: /^展开其余\d+个$/ })
      .click();
    await page.waitForURL('/outcomes?section=documents&more=place');
    expect(await shownOptions(page, 'place')).toEqual(
      expectedOptions({ section: ['documents'] }, 'place', { whole: true }),
    );
    expect(await windowStillMarked(page), 'no full reload').toBe(true);
    expect(await listedKeys(page)).toEqual(expectedKeys({ section: ['documents'] }).slice(0, 20));
    await facetRegion(page, 'place').getByRole('link', { name: text.facets.fewer }).click();
    await page.waitForURL('/outcomes?section=documents');
    expect((await shownOptions(page, 'place')).names).toHaveLength(SHOWN);
  });

  test('facet links carry the filter and lead to the results', async ({ page }) => {
    await page.goto('/outcomes');
    const href = await facetLink(page, 'section', 'documents').getAttribute('href');
    expect(href).toBe('/outcomes?section=documents#results');
    // Shenyang is not among the six busiest places since headings state places (Tianjin, 28).
    await page.goto('/outcomes?more=place');
    const place = await facetLink(page, 'place', 'shenyang').getAttribute('href');
    expect(place).toBe('/outcomes?place=shenyang&more=place#results');
  });
});

/** The source text itself, for the counts simple enough to read off it. */
const sourceCounts = {
  // 成果文件 holds items 68–90 in this copy.
  documents: new Set(
    [...SOURCE_TEXT.matchAll(/^(\d+)[.．]/gm)]
      .map((m) => Number(m[1]))
      .filter((n) => n >= 68 && n <= 90),
  ).size,
  // The heading declares its size: （二）中方举办的其他活动（共77项）.
  otherEvents: Number(/中方举办的其他活动（共(\d+)项）/.exec(SOURCE_TEXT)?.[1]),
};

const ONE_FACET: Array<[Facet, string, string, number | undefined]> = [
  ['section', 'documents', '?section=documents', sourceCounts.documents],
  ['category', 'meetings.2', '?category=meetings.2', sourceCounts.otherEvents],
  // Not among the six busiest places since headings state places: chosen after asking for the rest.
  ['place', 'shenyang', '?place=shenyang&more=place', undefined],
  // A region matches the items naming it or any city inside it.
  ['place', 'liaoning', '?place=liaoning', undefined],
  ['type', 'forum', '?type=forum', undefined],
  ['topic', 'health', '?topic=health', undefined],
  // Not among the six busiest topics: chosen after asking for the rest, which stay shown.
  ['topic', 'transport', '?topic=transport&more=topic', undefined],
  ['year', '2024', '?year=2024', undefined],
];

describe('filtering by one facet', () => {
  test.for(ONE_FACET)('%s = %s', async ([facet, value, search, fromSource], { page }) => {
    const filters: ReferenceFilters = { [facet]: [value] };
    const keys = expectedKeys(filters);
    if (fromSource !== undefined) expect(keys).toHaveLength(fromSource);

    await page.goto('/outcomes');
    await markWindow(page);
    await choose(page, facet, value);
    await waitForTotal(page, keys.length);

    expect(await windowStillMarked(page), 'filtered without a full reload').toBe(true);
    expect(pathOf(page)).toBe(`/outcomes${search}`);
    expect(await listedKeys(page)).toEqual(keys.slice(0, 20));
    await expectFacetsShown(page, filters, search.includes('more=') ? [facet] : false);
  });
});

describe('combining filters', () => {
  test('values of one facet combine with OR', async ({ page }) => {
    const keys = expectedKeys({ section: ['documents', 'initiatives'] });
    await page.goto('/outcomes?section=documents');
    await facetLink(page, 'section', 'initiatives').click();
    await waitForTotal(page, keys.length);
    expect(keys).toHaveLength(23 + 36);
    expect(pathOf(page)).toBe('/outcomes?section=documents&section=initiatives');
    expect(await listedKeys(page)).toEqual(keys.slice(0, 20));
  });

  test('facets combine with AND, each counted under the others', async ({ page }) => {
    const filters: ReferenceFilters = {
      section: ['documents'],
      place: ['shenyang'],
      type: ['letter-of-intent'],
    };
    await page.goto('/outcomes');
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, expectedKeys({ section: ['documents'] }).length);
    await facetLink(page, 'place', 'shenyang').click();
    await waitForTotal(page, expectedKeys({ section: ['documents'], place: ['shenyang'] }).length);
    await facetLink(page, 'type', 'letter-of-intent').click();
    const keys = expectedKeys(filters);
    await waitForTotal(page, keys.length);
    expect(keys).toEqual(['documents-89', 'documents-90']);
    expect(await listedKeys(page)).toEqual(keys);
    await expectFacetsShown(page, filters);
  });

  test('removing one chip leaves the other filters in place', async ({ page }) => {
    const titled = (keys: string[], word: string) =>
      keys.filter((key) => EXPECTED.find((item) => item.key === key)?.title.includes(word));
    await page.goto(`/outcomes?section=documents&place=shenyang&q=${encodeURIComponent('协议')}`);
    await waitForTotal(
      page,
      titled(expectedKeys({ section: ['documents'], place: ['shenyang'] }), '协议').length,
    );
    const chips = page.getByRole('region', { name: text.chips.heading });
    const sectionChip = text.chips.chip(text.facets.names.section, '成果文件');
    await chips
      .getByRole('link', { name: new RegExp(`^${text.chips.remove}\\s*${sectionChip}`) })
      .click();
    // The count is the same before and after, so wait for the address first.
    await page.waitForURL(`/outcomes?place=shenyang&q=${encodeURIComponent('协议')}#results`);
    await waitForTotal(page, titled(expectedKeys({ place: ['shenyang'] }), '协议').length);
    expect(new URL(page.url()).search).toBe(`?place=shenyang&q=${encodeURIComponent('协议')}`);
    await chips.getByRole('link', { name: text.chips.clearAll }).click();
    await waitForTotal(page, 223);
    expect(new URL(page.url()).search).toBe('');
  });

  test('a value that would empty the list is not a link, a selected one always is', async ({
    page,
  }) => {
    // No initiative names Shenyang, so the two together give nothing.
    expect(expectedKeys({ place: ['shenyang'], section: ['initiatives'] })).toEqual([]);
    await page.goto('/outcomes?place=shenyang&section=initiatives');
    await waitForTotal(page, 0);
    // Both chosen values stay offered, with their count of 0, to be taken off again.
    await facetLink(page, 'section', 'initiatives').waitFor();
    await facetLink(page, 'place', 'shenyang').waitFor();
    const filters = { place: ['shenyang'], section: ['initiatives'] };
    for (const facet of FACETS) {
      const shown = await shownOptions(page, facet);
      expect(shown, facet).toEqual(expectedOptions(filters, facet));
      for (const name of shown.names) {
        if (name.includes(text.facets.selected)) continue;
        expect(name, `${facet}: an unchosen value offered with no results`).not.toMatch(/（?0项/);
      }
    }
  });
});
