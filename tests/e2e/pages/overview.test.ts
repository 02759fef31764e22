import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from '../support/fixtures';
import { CATEGORIES, fixtureCount, SOURCE_SHA256 } from './support';

const text = messages.overview;

describe('the overview', () => {
  test('shows each category’s counts as the source has them', async ({ page }) => {
    await page.goto('/');
    const structure = page.getByRole('region', { name: text.structure.heading });
    for (const category of CATEGORIES) {
      expect(fixtureCount(category.section, category.ordinal)).toBe(category.found);
      const heading = category.heading ?? messages.inferred.headingMissing;
      const row = structure
        .getByRole('listitem')
        .filter({ hasText: `${messages.numbering.category(category.ordinal)}${heading}` })
        .filter({ hasText: text.structure.numbered(category.first, category.last) });
      await expect.poll(() => row.count()).toBe(1);
      const rowText = (await row.textContent()) ?? '';
      expect(rowText).toContain(`${category.found} / ${category.last - category.first + 1}`);
      expect(rowText).toContain(
        category.declared === null
          ? text.structure.undeclared
          : text.structure.declared(category.declared),
      );
      if (category.heading === null) expect(rowText).toContain(messages.inferred.mark);
    }
  });

  test('says plainly what the copy lacks', async ({ page }) => {
    await page.goto('/');
    const missing = page.getByRole('region', { name: text.missing.heading });
    for (const sentence of [
      '会议和活动（一）标题缺失，第1–23项不在本文中',
      '成果文件（一）“峰会成果文件”，第1–24项不在本文中',
      '成果文件（二）标题缺失，第25–67项不在本文中',
    ]) {
      await missing.getByText(sentence, { exact: true }).waitFor();
    }
    expect(await missing.getByRole('listitem').count()).toBe(3);
    await page.getByText(text.totals(223, 313)).waitFor();
  });

  test('names its source: Xinhua, the date, the file and its digest', async ({ page }) => {
    await page.goto('/');
    const source = page.getByRole('region', { name: text.source.heading });
    await source.getByText(text.source.publishedBy('2025-09-02')).waitFor();
    await source.getByText('xinhua-sco-outcomes-2025-09-02.txt').waitFor();
    await source.getByText(SOURCE_SHA256.slice(0, 12)).waitFor();
    await source.getByRole('link', { name: text.source.more }).click();
    await page.waitForURL('/source');
  });

  test('category bars link to their filtered list', async ({ page }) => {
    await page.goto('/');
    const structure = page.getByRole('region', { name: text.structure.heading });
    const bar = structure.getByRole('link', { name: /中方举办的其他活动/ });
    expect(await bar.getAttribute('href')).toBe('/outcomes?category=meetings.2');
    // A category with nothing in this copy is not a link to an empty list.
    expect(await structure.getByRole('link', { name: /峰会成果文件/ }).count()).toBe(0);
  });

  test('topic and type bars link to the list, which has as many items as the bar says', async ({
    page,
  }) => {
    await page.goto('/');
    const topics = page.getByRole('region', { name: text.topics.heading });
    const bars = topics.getByRole('link');
    expect(await bars.count()).toBeGreaterThan(10);
    const economy = topics.getByRole('link', { name: /^经贸\s*\d+$/ });
    expect(await economy.getAttribute('href')).toBe('/outcomes?topic=economy-trade');
    const count = Number((await economy.textContent())?.match(/\d+$/)?.[0]);
    await economy.click();
    await page.waitForURL('/outcomes?topic=economy-trade');
    await page.getByText(messages.outcomes.results.status(count)).first().waitFor();

    await page.goto('/');
    const types = page.getByRole('region', { name: text.types.heading });
    expect(await types.getByRole('link', { name: /^论坛\s*\d+$/ }).getAttribute('href')).toBe(
      '/outcomes?type=forum',
    );
  });

  test('the map’s points link to their places, and the list beside it names the same', async ({
    page,
  }) => {
    await page.goto('/');
    const places = page.getByRole('region', { name: text.places.heading });
    const points = places.locator('svg a');
    expect(await points.count()).toBeGreaterThanOrEqual(10);
    for (const href of await points.evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    )) {
      expect(href).toMatch(/^\/places\/[a-z0-9-]+$/);
      // Every point is also in the text list, for readers who cannot use the map.
      expect(
        await places
          .getByRole('list', { name: messages.map.list })
          .locator(`a[href="${href}"]`)
          .count(),
      ).toBe(1);
    }
    const shenyang = places.getByRole('link', { name: messages.map.point('沈阳市', 5) });
    await shenyang.click();
    await page.waitForURL('/places/shenyang');
    await page.getByRole('heading', { level: 1, name: /沈阳市/ }).waitFor();
  });

  test('searches the list with a plain GET form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('searchbox', { name: text.search.label }).fill('青岛');
    await page.getByRole('button', { name: text.search.submit }).click();
    await page.waitForURL(
      (url) => url.pathname === '/outcomes' && url.searchParams.get('q') === '青岛',
    );
  });
});
