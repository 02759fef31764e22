import { describe } from 'vitest';
import type { FacetKey } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { listingHref } from '@/lib/outcomes/href';
import { readListingParams } from '@/lib/outcomes/params';
import type { ReferenceFilters } from '../../support/expected';
import { expect, test } from '../support/fixtures';
import {
  expectedFacetCounts,
  expectedKeys,
  facetLink,
  items,
  listedKeys,
  markWindow,
  SOURCE_TEXT,
  shownFacetCounts,
  waitForTotal,
  windowStillMarked,
} from './support';

const text = messages.outcomes;

describe('the unfiltered list', () => {
  test('lists every item of this copy with every facet counted', async ({ page }) => {
    const response = await page.goto('/outcomes');
    expect(response?.status()).toBe(200);
    expect(items).toHaveLength(223);
    await waitForTotal(page, 223);
    expect(await shownFacetCounts(page)).toEqual(expectedFacetCounts({}));
    expect(await listedKeys(page)).toEqual(expectedKeys({}).slice(0, 20));
    await page.getByText(text.facetLogic).waitFor();
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
  // Every title naming 沈阳 has it on one line, and no other text in the file mentions it.
  shenyang: SOURCE_TEXT.split('\n').filter((line) => line.includes('沈阳')).length,
  // The heading declares its size: （二）中方举办的其他活动（共77项）.
  otherEvents: Number(/中方举办的其他活动（共(\d+)项）/.exec(SOURCE_TEXT)?.[1]),
};

const ONE_FACET: Array<[FacetKey, string, number | undefined]> = [
  ['section', 'documents', sourceCounts.documents],
  ['category', 'meetings.2', sourceCounts.otherEvents],
  ['place', 'shenyang', sourceCounts.shenyang],
  // A region matches the items naming it or any city inside it.
  ['place', 'liaoning', undefined],
  ['type', 'forum', undefined],
  ['topic', 'health', undefined],
  ['year', '2024', undefined],
];

describe('filtering by one facet', () => {
  test.for(ONE_FACET)('%s = %s', async ([facet, value, fromSource], { page }) => {
    const filters: ReferenceFilters = { [facet]: [facet === 'year' ? Number(value) : value] };
    const keys = expectedKeys(filters);
    if (fromSource !== undefined) expect(keys).toHaveLength(fromSource);

    await page.goto('/outcomes');
    await markWindow(page);
    await facetLink(page, facet, value).click();
    await waitForTotal(page, keys.length);

    expect(await windowStillMarked(page), 'filtered without a full reload').toBe(true);
    const expectedUrl = listingHref(
      readListingParams(new URLSearchParams(`${facet}=${value}`)).filters,
    );
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(expectedUrl);
    expect(await listedKeys(page)).toEqual(keys.slice(0, 20));
    expect(await shownFacetCounts(page)).toEqual(expectedFacetCounts(filters));
  });
});

describe('combining filters', () => {
  test('values of one facet combine with OR', async ({ page }) => {
    const keys = expectedKeys({ section: ['documents', 'initiatives'] });
    await page.goto('/outcomes?section=documents');
    await facetLink(page, 'section', 'initiatives').click();
    await waitForTotal(page, keys.length);
    expect(keys).toHaveLength(23 + 36);
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
    expect(await listedKeys(page)).toEqual(keys);
    expect(await shownFacetCounts(page)).toEqual(expectedFacetCounts(filters));
  });

  test('removing one chip leaves the other filters in place', async ({ page }) => {
    const titled = (keys: string[], word: string) =>
      keys.filter((key) => items.find((item) => item.key === key)?.title.includes(word));
    await page.goto('/outcomes?section=documents&place=shenyang&q=协议');
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
    await page.waitForURL(`/outcomes?place=shenyang&q=${encodeURIComponent('协议')}`);
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
    await facetLink(page, 'section', 'initiatives').waitFor();
    await facetLink(page, 'place', 'shenyang').waitFor();
    const offered = await shownFacetCounts(page);
    for (const [facet, values] of Object.entries(offered)) {
      for (const [name, count] of Object.entries(values)) {
        const selected =
          (facet === 'section' && name === '合作倡议') || (facet === 'place' && name === '沈阳市');
        if (!selected) expect(count, `${facet} ${name}`).toBeGreaterThan(0);
      }
    }
  });
});
