import { describe, it } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import { withContext, withoutScripts } from './support';

const missing = messages.outcome.missing;

const MISSING: Array<[string, string, number]> = [
  ['/outcomes/meetings/5', '会议和活动', 5],
  ['/outcomes/meetings/23', '会议和活动', 23],
  ['/outcomes/documents/1', '成果文件', 1],
  ['/outcomes/documents/30', '成果文件', 30],
];

describe('items the list has but this copy lacks', () => {
  it.each(MISSING)('%s answers 404, kept out of search engines', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/<meta name="robots" content="noindex"\/>/);
  });

  test.for(MISSING)('%s says the text is missing and why', async ([path, part, n], { page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await page
      .getByRole('heading', { level: 1, name: missing.heading(part, messages.numbering.item(n)) })
      .waitFor();
    await page.getByText(missing.body).waitFor();
  });

  // Each 404 is a whole page in its HTML: its language, its title, its text (until 4de148b it
  // was an empty shell drawn by JavaScript, blank without it).
  test('the page says so without JavaScript too', async ({ browser, baseURL }) => {
    await withContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
      const response = await page.goto('/outcomes/meetings/5');
      expect(response?.status()).toBe(404);
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
      expect(await page.title()).toBe(
        `${missing.title('会议和活动', '第5项')} · ${messages.site.shortName}`,
      );
      await page
        .getByRole('heading', { level: 1, name: missing.heading('会议和活动', '第5项') })
        .waitFor({ timeout: 2_000 });
    });
  });

  it('the HTML itself holds the explanation', async () => {
    const html = withoutScripts(await (await request('/outcomes/documents/30')).text());
    expect(html).toContain(missing.heading('成果文件', messages.numbering.item(30)));
    expect(html).toContain(missing.body);
  });

  test('the page names the category and links its items', async ({ page }) => {
    const response = await page.goto('/outcomes/meetings/5');
    expect(response?.status()).toBe(404);
    await page
      .getByRole('heading', { level: 1, name: missing.heading('会议和活动', '第5项') })
      .waitFor();
    expect(await page.title()).toBe(
      `${missing.title('会议和活动', '第5项')} · ${messages.site.shortName}`,
    );
    await page.getByText(`${missing.category}会议和活动（一）第1—110项`).waitFor();
    expect(await page.getByRole('link', { name: missing.browse }).getAttribute('href')).toBe(
      '/outcomes?category=meetings.1',
    );
    expect(await page.getByRole('link', { name: missing.source }).getAttribute('href')).toBe(
      '/source',
    );
  });
});

const NOT_PAGES = [
  '/outcomes/meetings/999',
  '/outcomes/meetings/0',
  '/outcomes/meetings/05',
  '/outcomes/meetings/abc',
  '/outcomes/initiatives/37',
  '/outcomes/bogus/1',
  '/outcomes/documents/88/extra',
  '/places/atlantis',
  '/places/Shenyang',
  '/zz/outcomes',
];

describe('addresses that are not items or places', () => {
  it.each(NOT_PAGES)('%s answers 404', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
  });

  test('each shows the site’s own page with a way home', async ({ page }) => {
    for (const path of NOT_PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await page.getByRole('heading', { level: 1, name: messages.notFound.heading }).waitFor();
      expect(
        await page.getByRole('link', { name: messages.notFound.home }).getAttribute('href'),
      ).toBe('/');
    }
  });

  it.each([
    `/outcomes/meetings/${encodeURIComponent('<script>alert(1)</script>')}`,
    `/outcomes/${encodeURIComponent('<img src=x onerror=alert(2)>')}/1`,
    `/places/${encodeURIComponent('"><script>alert(3)</script>')}`,
  ])('%s is a 404 that never echoes the path as markup', async (path) => {
    const response = await request(path);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).not.toMatch(/<script>alert\(\d\)<\/script>/);
    expect(html).not.toContain('<img src=x');
  });
});
