import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { EXPECTED } from '../../support/expected';
import { expectedKeys, listedKeys, resultsRegion, waitForTotal } from '../outcomes/support';
import { expect, test } from '../support/fixtures';

describe('searching in English', () => {
  test('“Shenyang” finds the items whose titles name Shenyang, as the place filter does', async ({
    page,
  }) => {
    const named = EXPECTED.filter((item) =>
      item.places.some((place) => place.slug === 'shenyang' && place.via === 'named'),
    ).map((item) => item.key);
    // The place filter also holds the forum whose adopted initiative names the city.
    const place = expectedKeys({ place: ['shenyang'] });
    expect(place.filter((key) => !named.includes(key))).toEqual(['meetings-70']);

    await page.goto('/en/outcomes');
    await page.getByRole('searchbox', { name: en.search.label }).fill('Shenyang');
    await page.getByRole('button', { name: en.search.submit }).click();
    await waitForTotal(page, named.length, { lang: 'en' });
    expect(new URL(page.url()).pathname).toBe('/en/outcomes');
    expect((await listedKeys(page, 'en')).sort()).toEqual([...named].sort());
    // Found in the translation and in the original alike, and marked in both.
    const marks = await resultsRegion(page, 'en')
      .locator('mark')
      .evaluateAll((all) => all.map((mark) => mark.textContent));
    expect(new Set(marks)).toEqual(new Set(['Shenyang', '沈阳']));
    expect(marks).toHaveLength(2 * named.length);
  });

  test('with a query, relevance is the order and the other orders are offered', async ({
    page,
  }) => {
    await page.goto('/en/outcomes?q=forum');
    const sort = page.getByRole('navigation', { name: en.outcomes.sort.label });
    expect(
      await sort.getByText(en.outcomes.sort.options.relevance).getAttribute('aria-current'),
    ).toBe('true');
    for (const other of ['section', 'number', 'title'] as const) {
      expect(
        await sort
          .getByRole('link', { name: en.outcomes.sort.options[other] })
          .getAttribute('href'),
      ).toBe(`/en/outcomes?q=forum&sort=${other}#results`);
    }
  });

  test('an empty result says, in English, what the copy lacks', async ({ page }) => {
    await page.goto(`/en/outcomes?q=${encodeURIComponent('天津宣言')}`);
    await waitForTotal(page, 0, { lang: 'en' });
    const results = resultsRegion(page, 'en');
    await results.getByText(en.outcomes.empty.heading).waitFor();
    await results.getByText(en.outcomes.empty.missing).waitFor();
    for (const line of [
      'Meetings and activities (1) Nos. 1–110: Nos. 1–23',
      'Outcome documents (1) Outcome documents of the summit: Nos. 1–24 (the list states 24 items)',
      'Outcome documents (2) Nos. 25–90: Nos. 25–67',
    ]) {
      await results.getByRole('listitem').filter({ hasText: line }).waitFor();
    }
    expect(
      await results.getByRole('link', { name: en.outcomes.empty.account }).getAttribute('href'),
    ).toBe('/en#copy');
  });

  test('“yuan” lists the two titles saying yuan first, before pinyin matches', async ({ page }) => {
    // initiatives 8 and 9: 20亿元人民币无偿援助, 100亿元人民币贷款 — "2 billion yuan", "10 billion yuan".
    await page.goto('/en/outcomes?q=yuan');
    await resultsRegion(page, 'en').getByRole('heading', { level: 3 }).first().waitFor();
    expect((await listedKeys(page, 'en')).slice(0, 2)).toEqual(['initiatives-8', 'initiatives-9']);
  });

  test('“RMB” finds them through the synonym table', async ({ page }) => {
    await page.goto('/en/outcomes?q=RMB');
    await waitForTotal(page, 2, { lang: 'en' });
    expect(await listedKeys(page, 'en')).toEqual(['initiatives-8', 'initiatives-9']);
  });
});
