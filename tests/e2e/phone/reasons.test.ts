import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN as messages } from '@/lib/messages/zh-CN';
import { withContext } from '../pages/support';
import { expect, test } from '../support/fixtures';

/**
 * Issue 24: what the catalogue inferred, and why, can be read by touch and by keyboard — a
 * disclosure, not a tooltip — and a standing fact that is a place's reason shows its source.
 */

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** The Tianjin summit fact, as data/facts.json records its source (read there by hand). */
const SUMMIT_SOURCE = {
  title:
    '上海合作组织成员国元首理事会天津宣言 (Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation)',
  publisher: '上海合作组织成员国元首理事会 / Xinhua',
  /** As prose gives it. */
  date: '2025年9月1日',
};

describe('reasons on a phone, 390 × 844', () => {
  test('a tap on an “inferred” mark opens what was inferred, a second closes it', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, ...PHONE }, async (page) => {
      await page.goto('/outcomes/documents/88');
      const term = page.locator('dt').filter({ hasText: messages.outcome.type });
      const note = term.getByText(messages.inferred.type, { exact: true });
      expect(await note.isVisible()).toBe(false);
      const mark = term.locator('summary');
      await mark.tap();
      await note.waitFor();
      const box = await note.boundingBox();
      expect(box, 'the note is laid out').not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
      await mark.tap();
      await note.waitFor({ state: 'hidden' });
    });
  });

  test('the overview’s reasons open from the keyboard', async ({ page }) => {
    await page.goto('/en');
    const note = page.getByText(en.inferred.places, { exact: true });
    expect(await note.isVisible()).toBe(false);
    const mark = page.locator('details', { has: note }).locator('summary');
    expect(await mark.textContent()).toContain(en.inferred.mark);
    await mark.focus();
    await page.keyboard.press('Enter');
    await note.waitFor();
  });

  test('a standing fact given as a place’s reason shows its source', async ({ page }) => {
    // meetings 77, 上合峰会 in its title: Tianjin by the summit fact.
    await page.goto('/outcomes/meetings/77');
    await page
      .getByText(
        messages.inferred.reasons.factSource(
          SUMMIT_SOURCE.title,
          SUMMIT_SOURCE.publisher,
          SUMMIT_SOURCE.date,
        ),
      )
      .waitFor();
  });
});
