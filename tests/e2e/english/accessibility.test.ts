import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { EXPECTED } from '../../support/expected';
import { PLACES } from '../outcomes/support';
import { accessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const PAGES = [
  '/en',
  '/en/outcomes',
  `/en/outcomes?place=shenyang&q=forum`,
  '/en/outcomes?section=documents&place=uzbekistan',
  `/en/outcomes?q=${encodeURIComponent('天津宣言')}`,
  '/en/outcomes/documents/68',
  '/en/outcomes/meetings/70',
  '/en/outcomes/meetings/5',
  '/en/places',
  '/en/places/shenyang',
  '/en/source',
];

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in English, %s', (scheme) => {
  test.for(PAGES)('%s has no axe violations', async (path, { page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

/**
 * Text in Chinese characters on an English page, where no enclosing element says it is Chinese
 * (WCAG 3.1.2, language of parts): a screen reader would read it with an English voice.
 */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const element = node.parentElement;
      if (!/[\u3400-\u9fff]/.test(text) || !element || element.closest('script, style')) continue;
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh')) found.push(text.trim());
    }
    return [...new Set(found)];
  });
}

describe('Chinese on English pages is marked as Chinese', () => {
  test('titles, originals, place names and the source text are', async ({ page }) => {
    await page.goto('/en/outcomes?place=shenyang');
    const results = page.getByRole('region', { name: en.outcomes.results.heading, exact: true });
    await results.getByRole('heading', { level: 3 }).first().waitFor();
    const originals = await results
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .evaluateAll((rows) =>
        rows.map((row) => {
          const element = [...row.querySelectorAll('*')].find((one) =>
            /[\u3400-\u9fff]/.test(one.textContent ?? ''),
          );
          return element?.closest('[lang]')?.getAttribute('lang');
        }),
      );
    expect(originals.length).toBeGreaterThan(0);
    expect(new Set(originals)).toEqual(new Set(['zh-Hans']));
    for (const path of ['/en/outcomes/documents/68', '/en/places/shenyang', '/en/outcomes']) {
      await page.goto(path);
      // Whatever is left unmarked (see below) is the interface's own text: no title, no name.
      for (const text of await unmarkedChinese(page)) {
        for (const item of EXPECTED) expect(text, path).not.toContain(item.title);
        for (const place of PLACES) expect(text, path).not.toBe(place.zh);
      }
    }
    await page.goto('/en/source');
    const lines = page.getByRole('region', { name: en.source.text.heading }).getByRole('list');
    expect(await lines.getAttribute('lang')).toBe('zh-Hans');
  });

  // The interface text quotes Chinese (the list's title, search examples, 一、二、三): each run
  // is marked lang="zh-Hans" (WCAG 3.1.2).
  test('nothing Chinese is left unmarked on any English page', async ({ page }) => {
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      for (const text of await unmarkedChinese(page)) found.push(`${path}: ${text.slice(0, 60)}`);
    }
    expect(found).toEqual([]);
  });
});
