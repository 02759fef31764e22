import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { withoutScripts } from './pages/support';
import { expect, test } from './support/fixtures';
import { request } from './support/http';

const HOSTILE_PATH = '/no-such-page/<script>alert(1)</script>"><img src=x onerror=alert(2)>';

describe('unknown addresses', () => {
  test('answer 404 with the site’s own page and a way home', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await page.title()).toBe(`${messages.notFound.title} · ${messages.site.shortName}`);
    await page.getByRole('heading', { level: 1, name: messages.notFound.heading }).waitFor();
    await page.getByRole('link', { name: messages.notFound.home }).click();
    await page.waitForURL('/');
  });

  test('under /en, in English, with a way to the English home page', async ({ page }) => {
    const response = await page.goto('/en/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe(`${en.notFound.title} · ${en.site.shortName}`);
    await page.getByRole('heading', { level: 1, name: en.notFound.heading }).waitFor();
    await page.getByRole('link', { name: en.notFound.home }).click();
    await page.waitForURL('/en');
  });

  test('the site’s own language has no /zh addresses of its own', async ({ baseURL }) => {
    const response = await request('/zh/outcomes?place=shenyang');
    expect(response.status).toBe(308);
    const target = new URL(response.headers.get('Location') ?? '', baseURL);
    expect(`${target.pathname}${target.search}`).toBe('/outcomes?place=shenyang');
  });

  test('never echo the requested path as markup', async () => {
    const response = await request(HOSTILE_PATH);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    // Where the path comes back — the language switch's link, the router's payload — it is
    // percent-encoded: no quote to close an attribute, no event handler, no tag.
    const markup = withoutScripts(html);
    expect(markup).not.toMatch(/"><(?:img|script)/i);
    expect(markup).not.toMatch(/<[^>]+\sonerror\s*=/i);
    for (const [, body = ''] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(body).not.toMatch(/<(?:img|script)\b/i);
    }
  });
});
