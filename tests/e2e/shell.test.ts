import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from './support/fixtures';

describe('site shell', () => {
  test('the home page is Chinese, titled, and names its source in the footer', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toBe(messages.site.name);
    await page.getByRole('heading', { level: 1, name: messages.home.heading }).waitFor();
    await page.getByRole('contentinfo').getByText(messages.footer.inferred).waitFor();
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

  test('the navigation marks the current page', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: messages.nav.label });
    const current = await nav
      .getByRole('link')
      .evaluateAll((links) =>
        links.map((link) => [link.textContent, link.getAttribute('aria-current')]),
      );
    expect(current).toEqual([
      [messages.nav.overview, 'page'],
      [messages.nav.outcomes, null],
      [messages.nav.places, null],
      [messages.nav.source, null],
    ]);
  });

  test('React hydrates, so the policy lets the pre-rendered inline scripts run', async ({
    page,
  }) => {
    await page.goto('/');
    const hydrated = () =>
      Object.keys(document.querySelector('header a') ?? {}).some((key) =>
        key.startsWith('__reactFiber'),
      );
    await page.waitForFunction(hydrated, undefined, { timeout: 5_000 });
  });

  test('fits a 360 px wide screen without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/', '/no-such-page']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
  });
});
