import { describe } from 'vitest';
import { messages } from '@/lib/messages';
import { expect, test } from './support/fixtures';
import { request } from './support/http';

const HOSTILE_PATH = '/no-such-page/<script>alert(1)</script>"><img src=x onerror=alert(2)>';

describe('unknown addresses', () => {
  test('answer 404 with the site’s own page and a way home', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.getByRole('heading', { level: 1, name: messages.notFound.heading }).waitFor();
    await page.getByRole('link', { name: messages.notFound.home }).click();
    await page.waitForURL('/');
  });

  test('never echo the requested path as markup', async () => {
    const response = await request(HOSTILE_PATH);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('onerror=alert(2)');
    expect(html).not.toContain('<img src=x');
  });
});
