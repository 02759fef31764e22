import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { withContext } from '../pages/support';
import { expect, test } from '../support/fixtures';
import {
  expectedKeys,
  facetLink,
  keysWithTitle,
  listedKeys,
  pathOf,
  resultsRegion,
  waitForTotal,
} from './support';

const text = messages.outcomes;

describe('with JavaScript turned off', () => {
  test('facet links and chips filter by ordinary page loads', async ({ browser, baseURL }) => {
    await withContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
      await page.goto('/outcomes');
      await waitForTotal(page, 223);
      await Promise.all([
        page.waitForURL((url) => url.search === '?section=documents'),
        facetLink(page, 'section', 'documents').click(),
      ]);
      await waitForTotal(page, 23);
      await Promise.all([
        page.waitForURL((url) => url.search === '?section=documents&place=shenyang'),
        facetLink(page, 'place', 'shenyang').click(),
      ]);
      const keys = expectedKeys({ section: ['documents'], place: ['shenyang'] });
      await waitForTotal(page, keys.length);
      expect(await listedKeys(page)).toEqual(keys);
      await Promise.all([
        page.waitForURL((url) => url.search === '?place=shenyang'),
        page
          .getByRole('region', { name: text.chips.heading })
          .getByRole('link', {
            name: new RegExp(
              `^${text.chips.remove}\\s*${text.chips.chip(text.facets.names.section, '成果文件')}`,
            ),
          })
          .click(),
      ]);
      await waitForTotal(page, expectedKeys({ place: ['shenyang'] }).length);
    });
  });

  test('“more”, pages and page sizes are plain links too', async ({ browser, baseURL }) => {
    await withContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
      await page.goto('/outcomes');
      await Promise.all([
        page.waitForURL((url) => url.search === '?more=place'),
        page
          .getByRole('region', { name: text.facets.names.place, exact: true })
          .getByRole('link', { name: /^展开其余\d+个$/ })
          .click(),
      ]);
      await facetLink(page, 'place', 'egypt').waitFor();
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('pageSize') === '50'),
        page
          .getByRole('navigation', { name: text.pageSize.label })
          .getByRole('link', { name: text.pageSize.option(50) })
          .click(),
      ]);
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('page') === '2'),
        page
          .getByRole('navigation', { name: text.pagination.label })
          .getByRole('link', { name: text.pagination.next })
          .click(),
      ]);
      await waitForTotal(page, 223, { pageSize: 50, page: 2 });
      expect(await listedKeys(page)).toEqual(expectedKeys({}).slice(50, 100));
    });
  });

  test('the search form submits as a plain GET and keeps the filters', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
      await page.goto('/outcomes?section=documents');
      await page.getByRole('searchbox', { name: messages.search.label }).fill('沈阳');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('q') === '沈阳'),
        page.getByRole('button', { name: messages.search.submit }).click(),
      ]);
      const keys = expectedKeys({ section: ['documents'] }).filter((key) =>
        keysWithTitle('沈阳').includes(key),
      );
      await waitForTotal(page, keys.length);
      expect(pathOf(page)).toBe(`/outcomes?section=documents&q=${encodeURIComponent('沈阳')}`);
      expect((await listedKeys(page)).sort()).toEqual([...keys].sort());
      // The address is there to copy by hand; no button that would do nothing.
      await resultsRegion(page).getByText(text.share.label).waitFor();
      expect(await page.getByRole('button', { name: text.share.copy }).count()).toBe(0);
    });
  });
});
