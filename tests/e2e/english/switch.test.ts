import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN } from '@/lib/messages/zh-CN';
import { expectedKeys, listedKeys, pathOf, waitForTotal } from '../outcomes/support';
import { HTML_LANG, inLang, LANGS, MESSAGES } from '../pages/support';
import { expect, test } from '../support/fixtures';

/** The language switch: the same view in the other languages, path and query kept. */

describe('the language switch', () => {
  test('keeps the path and the query both ways, and back and forward cross it', async ({
    page,
  }) => {
    const keys = expectedKeys({ place: ['shenyang'], section: ['documents'] });
    const zhView = '/outcomes?place=shenyang&section=documents';
    await page.goto(zhView);
    await waitForTotal(page, keys.length);
    const toEnglish = page
      .getByRole('navigation', { name: zhCN.locale.switchLabel })
      .getByRole('link', { name: en.locale.name });
    expect(await toEnglish.getAttribute('hreflang')).toBe('en');
    expect(await toEnglish.getAttribute('lang')).toBe('en');
    await toEnglish.click();
    await page.waitForURL((url) => url.pathname === '/en/outcomes');
    expect(pathOf(page)).toBe(`/en${zhView}`);
    await waitForTotal(page, keys.length, { lang: 'en' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await listedKeys(page, 'en')).toEqual(keys);
    // The current language is said, not linked.
    const switcher = page.getByRole('navigation', { name: en.locale.switchLabel });
    expect(await switcher.getByRole('link', { name: en.locale.name }).count()).toBe(0);

    await switcher.getByRole('link', { name: zhCN.locale.name }).click();
    await page.waitForURL((url) => url.pathname === '/outcomes');
    expect(pathOf(page)).toBe(zhView);
    await waitForTotal(page, keys.length);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/en/outcomes');
    await waitForTotal(page, keys.length, { lang: 'en' });
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/outcomes');
    await waitForTotal(page, keys.length);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.goForward();
    await page.waitForURL((url) => url.pathname === '/en/outcomes');
    await waitForTotal(page, keys.length, { lang: 'en' });
    expect(pathOf(page)).toBe(`/en${zhView}`);
  });

  test('follows client navigation: after filtering, it links the new view', async ({ page }) => {
    await page.goto('/en/outcomes');
    await page
      .getByRole('region', { name: en.outcomes.facets.names.section, exact: true })
      .getByRole('link', { name: /^Cooperation initiatives/ })
      .click();
    await waitForTotal(page, 36, { lang: 'en' });
    const toChinese = page
      .getByRole('navigation', { name: en.locale.switchLabel })
      .getByRole('link', { name: zhCN.locale.name });
    await expect.poll(() => toChinese.getAttribute('href')).toBe('/outcomes?section=initiatives');
  });

  test.for([
    ['/en', '/'],
    ['/en/outcomes/documents/68', '/outcomes/documents/68'],
    ['/en/places/shenyang', '/places/shenyang'],
    ['/en/source', '/source'],
  ] as const)('from %s it leads to %s', async ([from, to], { page }) => {
    await page.goto(from);
    await page
      .getByRole('navigation', { name: en.locale.switchLabel })
      .getByRole('link', { name: zhCN.locale.name })
      .click();
    await page.waitForURL((url) => url.pathname === to);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  });

  // Each language names itself in itself; the current one is said, the others linked, each to
  // the same view under its prefix.
  test.for(LANGS)(
    'in %s it offers the three languages, keeping the view',
    async (lang, { page }) => {
      const view = '/outcomes?place=shenyang&section=documents';
      await page.goto(inLang(lang, view));
      const items = await page
        .getByRole('navigation', { name: MESSAGES[lang].locale.switchLabel })
        .getByRole('listitem')
        .evaluateAll((all) =>
          all.map((item) => {
            const child = item.firstElementChild;
            return [child?.textContent, child?.getAttribute('href'), child?.getAttribute('lang')];
          }),
        );
      expect(items).toEqual(
        LANGS.map((other) => [
          MESSAGES[other].locale.name,
          other === lang ? null : inLang(other, view),
          HTML_LANG[other],
        ]),
      );
    },
  );

  test('from Russian to English and back, the view kept', async ({ page }) => {
    const keys = expectedKeys({ place: ['uzbekistan'], section: ['documents'] });
    const view = '/outcomes?section=documents&place=uzbekistan';
    await page.goto(inLang('ru', view));
    await waitForTotal(page, keys.length, { lang: 'ru' });
    await page
      .getByRole('navigation', { name: MESSAGES.ru.locale.switchLabel })
      .getByRole('link', { name: en.locale.name })
      .click();
    await page.waitForURL((url) => url.pathname === '/en/outcomes');
    expect(pathOf(page)).toBe(inLang('en', view));
    await waitForTotal(page, keys.length, { lang: 'en' });
    await page
      .getByRole('navigation', { name: en.locale.switchLabel })
      .getByRole('link', { name: MESSAGES.ru.locale.name })
      .click();
    await page.waitForURL((url) => url.pathname === '/ru/outcomes');
    await waitForTotal(page, keys.length, { lang: 'ru' });
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(await listedKeys(page, 'ru')).toEqual(keys);
  });
});
