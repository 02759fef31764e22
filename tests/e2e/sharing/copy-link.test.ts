import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expectedKeys, facetLink, pathOf, waitForTotal } from '../outcomes/support';
import { type Lang, MESSAGES, ORIGIN, PREFIX } from '../pages/support';
import { expect, test } from '../support/fixtures';

/**
 * Issue 24: the share box and its Copy link follow every change made inside the list — a
 * filter, a search, a page — with the origin every other absolute address on the page uses
 * (SITE_URL), not the one the browser happened to use.
 */

const SEARCH: Record<Lang, string> = { zh: '论坛', en: 'forum', ru: 'форум' };

async function copied(page: Page, lang: Lang): Promise<string> {
  const share = MESSAGES[lang].outcomes.share;
  await page.getByRole('button', { name: share.copy }).click();
  await page.getByRole('status').getByText(share.copied).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

describe.each(['zh', 'en', 'ru'] as const)('the copied link follows the list (%s)', (lang) => {
  test('after a filter, a second filter, a search and a page turn', async ({ page, baseURL }) => {
    const text = MESSAGES[lang];
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto(`${PREFIX[lang]}/outcomes`);
    expect(await copied(page, lang)).toBe(`${ORIGIN}${PREFIX[lang]}/outcomes`);

    await facetLink(page, 'section', 'documents', lang).click();
    await waitForTotal(page, expectedKeys({ section: ['documents'] }).length, { lang });
    expect(await copied(page, lang)).toBe(`${ORIGIN}${PREFIX[lang]}/outcomes?section=documents`);

    await facetLink(page, 'place', 'shenyang', lang).click();
    const shenyang = expectedKeys({ section: ['documents'], place: ['shenyang'] });
    await waitForTotal(page, shenyang.length, { lang });
    expect(await copied(page, lang)).toBe(
      `${ORIGIN}${PREFIX[lang]}/outcomes?section=documents&place=shenyang`,
    );

    await page.goto(`${PREFIX[lang]}/outcomes?section=meetings`);
    const box = page.getByRole('searchbox', { name: text.search.label });
    await box.fill(SEARCH[lang]);
    await box.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === SEARCH[lang]);
    expect(await copied(page, lang)).toBe(`${ORIGIN}${pathOf(page)}`);

    await page.goto(`${PREFIX[lang]}/outcomes?section=meetings`);
    const pager = page.getByRole('navigation', { name: text.outcomes.pagination.label });
    await pager.getByRole('link', { name: text.outcomes.pagination.next }).click();
    await waitForTotal(page, 164, { lang, page: 2 });
    expect(await copied(page, lang)).toBe(
      `${ORIGIN}${PREFIX[lang]}/outcomes?section=meetings&page=2`,
    );
  });
});
