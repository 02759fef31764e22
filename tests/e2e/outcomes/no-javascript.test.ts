import type { Browser, Page } from 'playwright-core';
import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';
import { expectedKeys, facetLink, items, listedKeys, waitForTotal } from './support';

const text = messages.outcomes;

async function withoutJavaScript(
  browser: Browser,
  baseURL: string,
  use: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', javaScriptEnabled: false });
  try {
    await use(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('with JavaScript turned off', () => {
  test('facet links and chips filter by ordinary page loads', async ({ browser, baseURL }) => {
    await withoutJavaScript(browser, baseURL, async (page) => {
      await page.goto('/outcomes');
      await waitForTotal(page, 223);
      await Promise.all([
        page.waitForURL('/outcomes?section=documents'),
        facetLink(page, 'section', 'documents').click(),
      ]);
      await waitForTotal(page, 23);
      await Promise.all([
        page.waitForURL('/outcomes?section=documents&place=shenyang'),
        facetLink(page, 'place', 'shenyang').click(),
      ]);
      await waitForTotal(page, 5);
      expect(await listedKeys(page)).toEqual(
        expectedKeys({ section: ['documents'], place: ['shenyang'] }),
      );
      await Promise.all([
        page.waitForURL('/outcomes?place=shenyang'),
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

  test('the search form submits as a plain GET and keeps the filters', async ({
    browser,
    baseURL,
  }) => {
    await withoutJavaScript(browser, baseURL, async (page) => {
      await page.goto('/outcomes?section=documents');
      await page.getByRole('searchbox', { name: text.search.label }).fill('沈阳');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('q') === '沈阳'),
        page.getByRole('button', { name: text.search.submit }).click(),
      ]);
      const keys = expectedKeys({ section: ['documents'] }).filter((key) =>
        items.find((item) => item.key === key)?.title.includes('沈阳'),
      );
      await waitForTotal(page, keys.length);
      expect(new URL(page.url()).searchParams.getAll('section')).toEqual(['documents']);
      expect(await listedKeys(page)).toEqual(keys);
    });
  });
});
