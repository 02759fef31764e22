import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import {
  expectedKeys,
  expectedOptions,
  facetLink,
  facetRegion,
  itemOf,
  label,
  listedKeys,
  pathOf,
  resultsRegion,
  shownOptions,
  waitForTotal,
} from '../outcomes/support';
import { sidewaysOverflow, withContext } from '../pages/support';
import { accessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

/**
 * Issue 15: on a phone the results come first. The filters wait in a disclosure above them,
 * whose summary says which filters are on; choosing one, or another page, lands the reader on
 * the results heading.
 */

const text = messages.outcomes;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

function summaryOf(page: Page, active: string[]) {
  return page.getByText(text.facets.summary(active.join(messages.locale.clauseSeparator)), {
    exact: true,
  });
}

/** Whether an element lies wholly inside the viewport as the page now stands. */
function inView(page: Page, name: string) {
  return resultsRegion(page)
    .getByRole('heading', { level: 2, name })
    .evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    });
}

async function headingFocusedAndInView(page: Page) {
  const heading = resultsRegion(page).getByRole('heading', {
    level: 2,
    name: text.results.heading,
  });
  await expect
    .poll(() => heading.evaluate((element) => element === document.activeElement), {
      timeout: 5_000,
    })
    .toBe(true);
  expect(await heading.getAttribute('id')).toBe('results-heading');
  expect(await inView(page, text.results.heading), 'the results heading is on screen').toBe(true);
}

describe('a phone, 390 × 844', () => {
  test('shows the first result without scrolling, the filters folded above it', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, ...PHONE }, async (page) => {
      await page.goto('/outcomes');
      await waitForTotal(page, 223);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const first = resultsRegion(page).getByRole('heading', { level: 3 }).first();
      expect(await first.textContent()).toBe(itemOf(expectedKeys({})[0] ?? '').title);
      const box = await first.boundingBox();
      expect(box, 'the first result is laid out').not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(
        (box?.y ?? 0) + (box?.height ?? 0),
        'the first result is on the first screen',
      ).toBeLessThanOrEqual(844);
      // The filters are closed: their links are out of the way until asked for.
      await summaryOf(page, []).waitFor();
      expect(await facetRegion(page, 'place').isVisible()).toBe(false);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
    });
  });

  test('the folded filters say which are on', async ({ browser, baseURL }) => {
    await withContext(browser, { baseURL, ...PHONE }, async (page) => {
      await page.goto('/outcomes?place=shenyang&section=documents');
      await summaryOf(page, ['成果文件', '沈阳市']).waitFor();
      expect(await facetRegion(page, 'section').isVisible()).toBe(false);
    });
  });

  test('open them, tap a place: the results heading is in view and has the focus', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, ...PHONE }, async (page) => {
      await page.goto('/outcomes');
      await summaryOf(page, []).tap();
      const places = facetRegion(page, 'place');
      await places.waitFor({ state: 'visible' });
      expect(await shownOptions(page, 'place')).toEqual(expectedOptions({}, 'place'));
      await facetLink(page, 'place', 'qingdao').tap();
      const keys = expectedKeys({ place: ['qingdao'] });
      await waitForTotal(page, keys.length);
      expect(pathOf(page)).toBe('/outcomes?place=qingdao');
      await headingFocusedAndInView(page);
      expect(await listedKeys(page)).toEqual(keys.slice(0, 20));
      await summaryOf(page, [label('place', 'qingdao')]).waitFor();
    });
  });

  test('tap page 2: the results heading is in view and has the focus', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, ...PHONE }, async (page) => {
      await page.goto('/outcomes?section=meetings');
      await waitForTotal(page, 164);
      const pager = page.getByRole('navigation', { name: text.pagination.label });
      await pager.getByRole('link', { name: text.pagination.page(2) }).tap();
      await waitForTotal(page, 164, { page: 2 });
      expect(pathOf(page)).toBe('/outcomes?section=meetings&page=2');
      await headingFocusedAndInView(page);
      expect(await listedKeys(page)).toEqual(expectedKeys({ section: ['meetings'] }).slice(20, 40));
    });
  });

  test('without JavaScript the disclosure opens and a filter link works', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, ...PHONE, javaScriptEnabled: false }, async (page) => {
      await page.goto('/outcomes');
      expect(await facetRegion(page, 'section').isVisible()).toBe(false);
      await summaryOf(page, []).tap();
      await facetRegion(page, 'section').waitFor({ state: 'visible' });
      await Promise.all([
        page.waitForURL((url) => url.search === '?section=initiatives'),
        facetLink(page, 'section', 'initiatives').tap(),
      ]);
      await waitForTotal(page, 36);
      expect(new URL(page.url()).hash).toBe('#results');
      // The address's fragment brings the results into view without a script.
      expect(await inView(page, text.results.heading)).toBe(true);
      await summaryOf(page, ['合作倡议']).waitFor();
    });
  });

  describe.each(['light', 'dark'] as const)('WCAG 2.2 AA, %s', (scheme) => {
    test.for(['closed', 'open'] as const)(
      'the list with its filters %s',
      async (state, { browser, baseURL }) => {
        await withContext(browser, { baseURL, ...PHONE, colorScheme: scheme }, async (page) => {
          await page.goto('/outcomes?place=shenyang');
          if (state === 'open') {
            await summaryOf(page, ['沈阳市']).tap();
            await facetRegion(page, 'place').waitFor({ state: 'visible' });
          }
          expect(await accessibilityViolations(page)).toEqual([]);
        });
      },
    );
  });
});

describe('a desktop screen, 1280 px', () => {
  test('shows the filters beside the results without opening anything', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/outcomes?place=shenyang');
    expect(await summaryOf(page, ['沈阳市']).isVisible()).toBe(false);
    for (const facet of ['section', 'place', 'type'] as const) {
      expect(await facetRegion(page, facet).isVisible(), facet).toBe(true);
    }
    const filters = await facetRegion(page, 'section').boundingBox();
    const results = await resultsRegion(page).boundingBox();
    expect(filters && results && filters.x + filters.width <= results.x, 'side by side').toBe(true);
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, expectedKeys({ place: ['shenyang'], section: ['documents'] }).length);
  });
});
