import { describe } from 'vitest';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { accessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { ITEM, sidewaysOverflow } from './support';

const PAGES = [
  '/',
  ITEM.path,
  '/outcomes/meetings/70',
  '/outcomes/meetings/5',
  '/places',
  '/places/shenyang',
  '/places/liaoning',
  '/source',
];

describe.each(['light', 'dark'] as const)('WCAG 2.2 AA in the %s colour scheme', (scheme) => {
  test.for(PAGES)('%s has no axe violations', async (path, { page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(path);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe('small screens and keyboards', () => {
  test.for(PAGES)('%s fits 360 px without horizontal scrolling', async (path, { page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('Tab reaches the overview’s search, bars, map and list, each with a visible focus ring', async ({
    page,
  }) => {
    await page.goto('/');
    const wanted = new Map([
      ['search', 'input[name="q"]'],
      ['section', `a[href="/outcomes?section=meetings"]`],
      ['category bar', 'a[href="/outcomes?category=meetings.2"]'],
      ['map point', 'svg a[href="/places/shenyang"]'],
      ['place list', 'ul a[href="/places/shenyang"]'],
      ['topic bar', 'a[href="/outcomes?topic=economy-trade"]'],
    ]);
    const reached = new Set<string>();
    for (let press = 0; press < 200 && reached.size < wanted.size; press += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate((selectors) => {
        const active = document.activeElement;
        if (!active) return null;
        const style = getComputedStyle(active);
        return {
          matched: Object.entries(selectors)
            .filter(([, selector]) => active.matches(selector))
            .map(([name]) => name),
          ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
        };
      }, Object.fromEntries(wanted));
      for (const name of focus?.matched ?? []) {
        expect(focus?.ring, `${name} shows where focus is`).toBe(true);
        reached.add(name);
      }
    }
    expect([...reached].sort()).toEqual([...wanted.keys()].sort());
  });

  test('the item page’s links are reachable by keyboard in reading order', async ({ page }) => {
    await page.goto(ITEM.path);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      messages.skipLink.toMain,
    );
    await page.keyboard.press('Enter');
    // Links and the inferred marks' disclosures (a summary each, with no href) in between.
    const order: string[] = [];
    for (let press = 0; press < 20; press += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    }
    expect(order[0]).toBe('/outcomes');
    expect(order).toContain('/outcomes?category=documents.2');
    expect(order).toContain('/places/shenyang');
  });
});
