import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, test } from '../support/fixtures';

/**
 * Text is set in a font of its own language. A CJK font draws Latin punctuation full-width
 * (China’ s, “ inferred ”), so English text must start with a Latin font and name the CJK
 * fonts only after it, for the Chinese runs it holds; a run marked lang="zh-Hans" inside an
 * English page, and every Chinese page, start with the CJK fonts.
 */

/** The Simplified Chinese families a stack may name: the CJK fonts of macOS, Linux, Windows. */
const CJK_FAMILIES = new Set([
  'PingFang SC',
  'Hiragino Sans GB',
  'Noto Sans CJK SC',
  'Source Han Sans SC',
  'Microsoft YaHei',
]);

/** The stack's families in order, unquoted: `system-ui, "Noto Sans CJK SC"` → both names. */
async function familiesOf(page: Page, selector: string): Promise<string[]> {
  const value = await page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fontFamily);
  return value.split(',').map((family) => family.trim().replace(/^"(.*)"$/, '$1'));
}

/** Glyphs the browser drew in an element's text, its descendants' included, by font family. */
async function glyphsDrawn(page: Page, selector: string): Promise<Map<string, number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return new Map(fonts.map((font) => [font.familyName, font.glyphCount]));
}

/** Of those, the glyphs drawn by a CJK font (any installed one, not only the stack's). */
function cjkGlyphs(glyphs: Map<string, number>): number {
  return [...glyphs]
    .filter(([family]) => /CJK|Han Sans|PingFang|Hiragino|YaHei/.test(family))
    .reduce((sum, [, count]) => sum + count, 0);
}

// The footer's account of the source: English around the list's Chinese title (《…》, marked
// lang="zh-Hans"), with an apostrophe (China’s) that a CJK font sets full-width.
const FOOTER_SOURCE = 'footer p:has(> span[lang="zh-Hans"])';
const CHINESE_RUN = `${FOOTER_SOURCE} > span[lang="zh-Hans"]`;

describe('fonts by language', () => {
  test('English text starts with a Latin font; its Chinese runs and Chinese pages with CJK', async ({
    page,
  }) => {
    await page.goto('/en/outcomes/documents/68');
    expect(await page.locator(FOOTER_SOURCE).first().textContent()).toContain('China’s');

    const english = await familiesOf(page, FOOTER_SOURCE);
    const firstCjk = english.findIndex((family) => CJK_FAMILIES.has(family));
    expect(english[0]).toBe('system-ui');
    // The CJK fonts are still named, after every Latin one, for the Chinese in English text.
    expect(firstCjk).toBeGreaterThan(0);
    expect(english.slice(firstCjk).filter((family) => !CJK_FAMILIES.has(family))).toEqual([
      'sans-serif',
    ]);
    expect(await familiesOf(page, 'h1')).toEqual(english);

    // The stack Chinese pages have always had: the CJK fonts, then the system's.
    const chineseRun = await familiesOf(page, CHINESE_RUN);
    expect(chineseRun).toEqual([...CJK_FAMILIES, 'system-ui', 'sans-serif']);
    // The original title under the English one, too.
    expect(await familiesOf(page, 'h1 + [lang="zh-Hans"]')).toEqual(chineseRun);

    // What was drawn, not only what was asked for: a CJK font drew the Chinese run's glyphs
    // and no other glyph of the paragraph (its apostrophe included). Where no CJK font is
    // installed both counts are 0; here one is, and drew the whole paragraph before.
    const paragraph = await glyphsDrawn(page, FOOTER_SOURCE);
    expect(cjkGlyphs(paragraph)).toBe(cjkGlyphs(await glyphsDrawn(page, CHINESE_RUN)));
    expect([...paragraph.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(
      cjkGlyphs(paragraph),
    );

    await page.goto('/outcomes/documents/68');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    expect(await familiesOf(page, 'html')).toEqual(chineseRun);
    expect(await familiesOf(page, 'h1')).toEqual(chineseRun);
    expect(await familiesOf(page, 'footer p')).toEqual(chineseRun);
  });

  test('Russian text starts with the same Latin and Cyrillic font; its Chinese runs with CJK', async ({
    page,
  }) => {
    await page.goto('/en/outcomes/documents/68');
    const english = await familiesOf(page, FOOTER_SOURCE);
    await page.goto('/ru/outcomes/documents/68');
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await page.locator(FOOTER_SOURCE).first().textContent()).toContain('Синьхуа');
    // The system's UI fonts cover Cyrillic as they do Latin: the English stack, CJK after.
    expect(await familiesOf(page, FOOTER_SOURCE)).toEqual(english);
    expect(await familiesOf(page, 'h1')).toEqual(english);
    expect((await familiesOf(page, CHINESE_RUN))[0]).toBe('PingFang SC');
    expect(await familiesOf(page, 'h1 + [lang="zh-Hans"]')).toEqual(
      await familiesOf(page, CHINESE_RUN),
    );
    // A CJK font drew the Chinese title's glyphs and none of the Russian around it.
    const paragraph = await glyphsDrawn(page, FOOTER_SOURCE);
    expect(cjkGlyphs(paragraph)).toBe(cjkGlyphs(await glyphsDrawn(page, CHINESE_RUN)));
    expect([...paragraph.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThan(
      cjkGlyphs(paragraph) + 100,
    );
  });
});
