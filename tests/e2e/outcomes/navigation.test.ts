import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { expect, test } from '../support/fixtures';
import {
  countStatus,
  EXPECTED,
  expectedKeys,
  facetLink,
  keysWithTitle,
  listedKeys,
  pathOf,
  statusText,
  waitForTotal,
} from './support';

const text = messages.outcomes;

function searchBox(page: Page) {
  return page.getByRole('searchbox', { name: messages.search.label });
}

describe('the address is the state', () => {
  test('a shared address shows the same results in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/outcomes');
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, 23);
    await facetLink(page, 'place', 'shenyang').click();
    const keys = expectedKeys({ section: ['documents'], place: ['shenyang'] });
    await waitForTotal(page, keys.length);
    const shared = page.url();
    expect(new URL(shared).search).toBe('?section=documents&place=shenyang');
    expect(await listedKeys(page)).toEqual(keys);

    const other = await browser.newContext({ baseURL, locale: 'zh-CN' });
    try {
      const fresh = await other.newPage();
      await fresh.goto(shared);
      await waitForTotal(fresh, keys.length);
      expect(await listedKeys(fresh)).toEqual(keys);
      expect(await fresh.title()).toBe(await page.title());
    } finally {
      await other.close();
    }
  });

  test('back and forward restore the results, not only the address', async ({ page }) => {
    const documents = expectedKeys({ section: ['documents'] });
    const shenyang = expectedKeys({ section: ['documents'], place: ['shenyang'] });
    await page.goto('/outcomes');
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, documents.length);
    await facetLink(page, 'place', 'shenyang').click();
    await waitForTotal(page, shenyang.length);

    await page.goBack();
    await waitForTotal(page, documents.length);
    expect(new URL(page.url()).search).toBe('?section=documents');
    expect(await listedKeys(page)).toEqual(documents.slice(0, 20));

    await page.goBack();
    await waitForTotal(page, 223);
    await page.goForward();
    await waitForTotal(page, documents.length);
    await page.goForward();
    await waitForTotal(page, shenyang.length);
    expect(await listedKeys(page)).toEqual(shenyang);
  });

  test('the search box follows the address on back and forward', async ({ page }) => {
    const forums = keysWithTitle('论坛');
    await page.goto('/outcomes');
    await searchBox(page).fill('论坛');
    await searchBox(page).press('Enter');
    await waitForTotal(page, forums.length);
    await page.goBack();
    await waitForTotal(page, 223);
    expect(await searchBox(page).inputValue()).toBe('');
    await page.goForward();
    await waitForTotal(page, forums.length);
    expect(await searchBox(page).inputValue()).toBe('论坛');
  });

  test('one live region announces the count and survives navigation', async ({ page }) => {
    await page.goto('/outcomes');
    const status = countStatus(page);
    expect(await status.textContent()).toBe(statusText(223));
    await status.evaluate((element) => {
      (element as HTMLElement & { __same?: boolean }).__same = true;
    });
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, 23);
    await searchBox(page).fill('沈阳');
    await searchBox(page).press('Enter');
    await waitForTotal(page, keysWithTitle('沈阳').length);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /项成果/ })
        .count(),
      'one element says the count',
    ).toBe(1);
    const same = await countStatus(page).evaluate(
      (element) => (element as HTMLElement & { __same?: boolean }).__same === true,
    );
    expect(same, 'the same element, so screen readers announce its change').toBe(true);
  });

  test('pages and orders are links that keep the filters', async ({ page }) => {
    const meetings = expectedKeys({ section: ['meetings'] });
    await page.goto('/outcomes?section=meetings');
    await waitForTotal(page, meetings.length);
    expect(meetings).toHaveLength(164);
    const pager = page.getByRole('navigation', { name: text.pagination.label });
    await pager.getByRole('link', { name: text.pagination.next }).click();
    await waitForTotal(page, 164, { page: 2 });
    expect(statusText(164, { page: 2 })).toBe('共164项成果，显示第21—40项');
    expect(pathOf(page)).toBe('/outcomes?section=meetings&page=2');
    expect(await listedKeys(page)).toEqual(meetings.slice(20, 40));
    // Pages by number, named for screen readers.
    await pager.getByRole('link', { name: text.pagination.page(1) }).click();
    await waitForTotal(page, 164);

    await page
      .getByRole('navigation', { name: text.sort.label })
      .getByRole('link', { name: text.sort.options.number })
      .click();
    await page.waitForURL((url) => url.search === '?section=meetings&sort=number');
    const byNumber = EXPECTED.filter((item) => item.section === 'meetings')
      .sort((a, b) => a.number - b.number)
      .map((item) => item.key);
    await expect.poll(() => listedKeys(page)).toEqual(byNumber.slice(0, 20));
    // Without a search there is no relevance to order by.
    expect(
      await page
        .getByRole('navigation', { name: text.sort.label })
        .getByText(text.sort.options.relevance)
        .count(),
    ).toBe(0);
  });
});

describe('keyboard only', () => {
  test('Tab to the search box, type, Enter: the results heading takes the focus', async ({
    page,
  }) => {
    await page.goto('/outcomes');
    const box = searchBox(page);
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      if (await box.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('论坛');
    await page.keyboard.press('Enter');
    await waitForTotal(page, keysWithTitle('论坛').length);
    const heading = page.getByRole('heading', { level: 2, name: text.results.heading });
    await expect
      .poll(() => heading.evaluate((element) => element === document.activeElement))
      .toBe(true);
  });

  test('the skip link jumps past the filters to the results', async ({ page }) => {
    await page.goto('/outcomes?section=documents');
    const skip = page.getByRole('link', { name: messages.skipLink.toResults });
    for (let presses = 0; presses < 10; presses += 1) {
      await page.keyboard.press('Tab');
      if (await skip.evaluate((element) => element === document.activeElement)) break;
    }
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())?.width, 'visible when focused').toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#results');
    await page.keyboard.press('Tab');
    const inResults = await page.evaluate(
      () => document.activeElement?.closest('#results') !== null,
    );
    expect(inResults, 'the next Tab lands in the results, past the filters').toBe(true);
  });
});
