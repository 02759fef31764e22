import { type Browser, chromium, type Page } from 'playwright-core';
import { test as base, expect, inject } from 'vitest';

/**
 * `test` with Playwright fixtures, after Playwright Test's own: `browser` is connected once per
 * file, `page` is a fresh context (no shared cookies or storage) per test. A page fails its
 * test if the Content Security Policy blocked anything on it or a script threw, so each new
 * page is checked by every test that visits it.
 */
export const test = base
  .extend('baseURL', { scope: 'file' }, inject('baseURL'))
  // biome-ignore lint/correctness/noEmptyPattern: Vitest reads a fixture's dependencies from this pattern.
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await chromium.connect(inject('browserWSEndpoint'));
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('page', async ({ browser, baseURL }, { onCleanup }): Promise<Page> => {
    const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
    const page = await context.newPage();
    const blocked: string[] = [];
    const uncaught: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    page.on('pageerror', (error) => uncaught.push(error.message));
    onCleanup(async () => {
      await context.close();
      expect(blocked, 'Content Security Policy violations').toEqual([]);
      expect(uncaught, 'uncaught errors in the page').toEqual([]);
    });
    return page;
  });

export { expect };
