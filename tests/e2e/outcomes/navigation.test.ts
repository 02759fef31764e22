import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';
import {
  expectedKeys,
  facetLink,
  items,
  listedKeys,
  markWindow,
  SOURCE_TEXT,
  waitForTotal,
  windowStillMarked,
} from './support';

const text = messages.outcomes;

function keysWithTitle(word: string): string[] {
  return items.filter((item) => item.title.includes(word)).map((item) => item.key);
}

function searchBox(page: import('playwright-core').Page) {
  return page.getByRole('searchbox', { name: text.search.label });
}

describe('searching', () => {
  const shenyang = keysWithTitle('沈阳');

  test('the source names Shenyang in five titles', () => {
    expect(SOURCE_TEXT.split('\n').filter((line) => line.includes('沈阳'))).toHaveLength(5);
    expect(shenyang).toHaveLength(5);
  });

  test.for([
    ['论坛', keysWithTitle('论坛')],
    ['shenyang', shenyang],
    ['瀋陽', shenyang],
    ['Shen Yang', shenyang],
  ] as const)('for %s finds the titles holding it', async ([query, keys], { page }) => {
    await page.goto('/outcomes');
    await markWindow(page);
    await searchBox(page).fill(query);
    await page.getByRole('button', { name: text.search.submit }).click();
    await waitForTotal(page, keys.length);
    expect(await windowStillMarked(page), 'searched without a full reload').toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(await listedKeys(page)).toEqual(keys.slice(0, 20));
  });

  test('keeps the other filters', async ({ page }) => {
    await page.goto('/outcomes?section=documents');
    await searchBox(page).fill('协议');
    await searchBox(page).press('Enter');
    const keys = expectedKeys({ section: ['documents'] }).filter((key) =>
      keysWithTitle('协议').includes(key),
    );
    await waitForTotal(page, keys.length);
    expect(new URL(page.url()).search).toBe(`?section=documents&q=${encodeURIComponent('协议')}`);
    expect(await listedKeys(page)).toEqual(keys);
  });
});

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
    await waitForTotal(page, 5);
    const shared = page.url();
    expect(new URL(shared).search).toBe('?section=documents&place=shenyang');
    const mine = await listedKeys(page);

    const other = await browser.newContext({ baseURL, locale: 'zh-CN' });
    try {
      const fresh = await other.newPage();
      await fresh.goto(shared);
      await waitForTotal(fresh, 5);
      expect(await listedKeys(fresh)).toEqual(mine);
      expect(await fresh.title()).toBe(await page.title());
    } finally {
      await other.close();
    }
  });

  test('back and forward restore the results, not only the address', async ({ page }) => {
    await page.goto('/outcomes');
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, 23);
    const documents = await listedKeys(page);
    await facetLink(page, 'place', 'shenyang').click();
    await waitForTotal(page, 5);
    const shenyang = await listedKeys(page);

    await page.goBack();
    await waitForTotal(page, 23);
    expect(new URL(page.url()).search).toBe('?section=documents');
    expect(await listedKeys(page)).toEqual(documents);

    await page.goBack();
    await waitForTotal(page, 223);
    await page.goForward();
    await waitForTotal(page, 23);
    await page.goForward();
    await waitForTotal(page, 5);
    expect(await listedKeys(page)).toEqual(shenyang);
  });

  test('the search box follows the address on back and forward', async ({ page }) => {
    await page.goto('/outcomes');
    await searchBox(page).fill('论坛');
    await searchBox(page).press('Enter');
    await waitForTotal(page, keysWithTitle('论坛').length);
    await page.goBack();
    await waitForTotal(page, 223);
    expect(await searchBox(page).inputValue()).toBe('');
    await page.goForward();
    await waitForTotal(page, keysWithTitle('论坛').length);
    expect(await searchBox(page).inputValue()).toBe('论坛');
  });

  test('one live region announces the count and survives navigation', async ({ page }) => {
    await page.goto('/outcomes');
    const status = page.getByRole('status');
    expect(await status.count()).toBe(1);
    await status.evaluate((element) => {
      (element as HTMLElement & { __same?: boolean }).__same = true;
    });
    await facetLink(page, 'section', 'documents').click();
    await waitForTotal(page, 23);
    await searchBox(page).fill('沈阳');
    await searchBox(page).press('Enter');
    await waitForTotal(page, 5);
    expect(await page.getByRole('status').count()).toBe(1);
    const same = await page
      .getByRole('status')
      .evaluate((element) => (element as HTMLElement & { __same?: boolean }).__same === true);
    expect(same, 'the same element, so screen readers announce its change').toBe(true);
  });

  test('pages and orders are links that keep the filters', async ({ page }) => {
    await page.goto('/outcomes?section=meetings');
    await waitForTotal(page, 164);
    const pager = page.getByRole('navigation', { name: text.pagination.label });
    await pager.getByRole('link', { name: text.pagination.next }).click();
    await page.getByRole('status').filter({ hasText: '共 164 项成果，显示第 21–40 项' }).waitFor();
    expect(await listedKeys(page)).toEqual(expectedKeys({ section: ['meetings'] }).slice(20, 40));

    await page
      .getByRole('navigation', { name: text.sort.label })
      .getByRole('link', { name: text.sort.options.number })
      .click();
    await page.waitForURL('/outcomes?section=meetings&sort=number');
    const byNumber = items
      .filter((item) => item.section === 'meetings')
      .sort((a, b) => a.number - b.number)
      .map((item) => item.key);
    expect(await listedKeys(page)).toEqual(byNumber.slice(0, 20));
  });
});

describe('keyboard only', () => {
  test('Tab to the search box, type, Enter', async ({ page }) => {
    await page.goto('/outcomes');
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) === 'outcomes-q') break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('outcomes-q');
    await page.keyboard.type('论坛');
    await page.keyboard.press('Enter');
    await waitForTotal(page, keysWithTitle('论坛').length);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays in the box').toBe(
      'outcomes-q',
    );
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
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results');
    await page.keyboard.press('Tab');
    const inResults = await page.evaluate(
      () => document.activeElement?.closest('#results') !== null,
    );
    expect(inResults, 'the next Tab stays in the results').toBe(true);
  });
});
