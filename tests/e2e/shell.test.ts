import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { sidewaysOverflow } from './pages/support';
import { expect, test } from './support/fixtures';

describe('site shell', () => {
  test('the home page is Chinese, titled, and names its source in the footer', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.title()).toBe(messages.site.name);
    await page.getByRole('heading', { level: 1, name: messages.site.name }).waitFor();
    const footer = page.getByRole('contentinfo');
    // The dateline that closes the list (source line 101) and the page's date (line 288).
    await footer
      .getByText(
        '资料来源：《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》，新华社天津2025年9月1日电；所据文本取自2025年9月2日报纸版面。',
        { exact: true },
      )
      .waitFor();
    await footer.getByText(messages.footer.inferred).waitFor();
    expect(
      await footer.getByRole('link', { name: messages.footer.openData }).getAttribute('href'),
    ).toBe('/datapackage.json');
    expect(await footer.getByRole('link', { name: messages.footer.api }).getAttribute('href')).toBe(
      '/api/outcomes',
    );
  });

  test('the footer names the catalogue version every answer says it was made from', async ({
    page,
  }) => {
    const response = await page.goto('/');
    const version = response?.headers()['catalogue-version'];
    expect(version).toMatch(/^[0-9a-f]{6,64}$/);
    await page
      .getByRole('contentinfo')
      .getByText(new RegExp(`^本目录版本${version}，\\d{4}年\\d{1,2}月\\d{1,2}日载入。$`))
      .waitFor();
  });

  test('the skip link is the first stop and moves focus past the header into main', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: messages.skipLink.toMain });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width, 'the focused skip link is visible').toBeGreaterThan(1);

    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('header') === null);
    expect(next, 'the next Tab does not go back into the header').toBe(true);
  });

  test.for([
    ['/', 0],
    ['/outcomes?place=shenyang', 1],
    ['/places/shenyang', 2],
    ['/commitments', 3],
    ['/source', 4],
  ] as const)('the navigation marks where %s is', async ([path, at], { page }) => {
    await page.goto(path);
    const nav = page.getByRole('navigation', { name: messages.nav.label });
    const current = await nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => [link.textContent, link.getAttribute('aria-current')]),
      );
    const names = [
      messages.nav.overview,
      messages.nav.outcomes,
      messages.nav.places,
      messages.nav.commitments,
      messages.nav.source,
    ];
    // The page itself is `page`; a page inside a section marks the section `true`.
    const mark = path.includes('/places/') ? 'true' : 'page';
    expect(current).toEqual(names.map((name, index) => [name, index === at ? mark : null]));
  });

  test('React hydrates, so the policy lets the inline scripts run', async ({ page }) => {
    for (const path of ['/', '/outcomes']) {
      await page.goto(path);
      const hydrated = () =>
        Object.keys(document.querySelector('header a') ?? {}).some((key) =>
          key.startsWith('__reactFiber'),
        );
      await page.waitForFunction(hydrated, undefined, { timeout: 5_000 });
    }
  });

  test('fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/no-such-page', '/en', '/en/outcomes']) {
      await page.goto(path);
      expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
