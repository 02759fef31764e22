import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN } from '@/lib/messages/zh-CN';
import { EXPECTED } from '../../support/expected';
import {
  CATEGORY_NAMES,
  englishTitle,
  expectedKeys,
  expectedMeta,
  itemOf,
  label,
  listedKeys,
  parseCsv,
  resultsRegion,
  russianTitle,
  waitForTotal,
} from '../outcomes/support';
import { inLang, linkTags, ORIGIN, unprefixed, withContext } from '../pages/support';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';

/** Issue 11: every page in English under /en, the titles translated beside their originals. */

const SITE = en.site.shortName;
const PAGES: Array<[path: string, title: string, heading: string]> = [
  ['/en', en.site.name, en.site.name],
  ['/en/outcomes', `${en.outcomes.title} · ${SITE}`, en.outcomes.heading],
  [
    '/en/outcomes/documents/68',
    `${englishTitle('documents-68')} · ${SITE}`,
    `${englishTitle('documents-68')}${en.translation.unofficial}`,
  ],
  ['/en/places', `${en.places.title} · ${SITE}`, en.places.title],
  ['/en/places/shenyang', `Shenyang · ${SITE}`, 'Shenyang 沈阳市'],
  ['/en/source', `${en.source.title} · ${SITE}`, en.source.title],
];

describe('the English pages', () => {
  test.for(PAGES)('%s is in English', async ([path, title, heading], { page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toBe(title);
    expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBe(heading);
    const nav = page.getByRole('navigation', { name: en.nav.label });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      en.nav.overview,
      en.nav.outcomes,
      en.nav.places,
      en.nav.commitments,
      en.nav.source,
    ]);
    expect(
      await nav
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/en', '/en/outcomes', '/en/places', '/en/commitments', '/en/source']);
    await page.getByRole('contentinfo').getByText(en.footer.inferred).waitFor();
    await page.getByRole('link', { name: en.skipLink.toMain }).waitFor({ state: 'attached' });
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('en_GB');
  });

  test('the footer names the list’s dispatch and the newspaper page in English prose', async ({
    page,
  }) => {
    await page.goto('/en');
    await page
      .getByRole('contentinfo')
      .getByText(
        'Source: 《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》 (list of outcomes of China’s 2024–2025 chairmanship of the Shanghai Cooperation Organisation), Xinhua, Tianjin, 1 September 2025 (newspaper page of 2 September 2025). Titles are shown as printed, in Chinese; the English translations are unofficial.',
        { exact: true },
      )
      .waitFor();
  });

  test('the item page: English title marked unofficial, the original beneath it in Chinese', async ({
    page,
  }) => {
    await page.goto('/en/outcomes/documents/68');
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.getByText(en.translation.unofficial, { exact: true }).waitFor();
    const original = await h1.evaluate((heading) => {
      const next = heading.nextElementSibling;
      return { text: next?.textContent, lang: next?.getAttribute('lang') };
    });
    expect(original).toEqual({ text: itemOf('documents-68').title, lang: 'zh-Hans' });
    const breadcrumb = page.getByRole('navigation', { name: en.outcome.breadcrumb });
    expect(await breadcrumb.getByRole('link').allTextContents()).toEqual([
      en.nav.outcomes,
      en.sections.documents,
      CATEGORY_NAMES['documents.2']?.en.short,
    ]);
    const facts = page.getByRole('region', { name: en.outcome.facts });
    for (const place of itemOf('documents-68').places) {
      expect(
        await facts
          .getByRole('link', { name: label('place', place.slug, 'en'), exact: true })
          .getAttribute('href'),
      ).toBe(`/en/places/${place.slug}`);
    }
    // The source lines are Chinese, and say so.
    const excerpt = page.getByRole('region', { name: en.outcome.source }).getByRole('list');
    expect(await excerpt.getAttribute('lang')).toBe('zh-Hans');
  });

  test('every list row: English title, marked, then the original in Chinese; its line in English', async ({
    page,
  }) => {
    const seen: string[] = [];
    for (let number = 1; number <= 3; number += 1) {
      await page.goto(`/en/outcomes?pageSize=100&page=${number}`);
      await waitForTotal(page, 223, { lang: 'en', pageSize: 100, page: number });
      const rows = await resultsRegion(page, 'en')
        .getByRole('heading', { level: 3 })
        .filter({ has: page.getByRole('link') })
        .evaluateAll((headings) =>
          headings.map((heading) => {
            const original = heading.nextElementSibling;
            return {
              href: heading.querySelector('a')?.getAttribute('href') ?? '',
              title: heading.querySelector('a')?.textContent ?? '',
              heading: heading.textContent ?? '',
              original: original?.textContent ?? '',
              lang: original?.getAttribute('lang') ?? '',
              meta: original?.nextElementSibling?.textContent ?? '',
            };
          }),
        );
      for (const row of rows) {
        const key = row.href.split('/').slice(-2).join('-');
        expect(row.href).toMatch(/^\/en\/outcomes\/[a-z]+\/\d+$/);
        const item = itemOf(key);
        expect(row.title, key).toBe(englishTitle(key));
        expect(row.heading, key).toBe(`${englishTitle(key)}${en.translation.unofficial}`);
        expect([row.original, row.lang], key).toEqual([item.title, 'zh-Hans']);
        expect(row.meta, key).toBe(`${expectedMeta(item, 'en')}${en.inferred.mark}`);
        seen.push(key);
      }
    }
    expect(seen).toEqual(EXPECTED.map((item) => item.key));
  });

  test('a reader finds every document signed with partners in Uzbekistan', async ({ page }) => {
    const keys = EXPECTED.filter(
      (item) =>
        item.section === 'documents' && item.places.some((place) => place.slug === 'uzbekistan'),
    ).map((item) => item.key);
    expect(keys).toEqual(['documents-76', 'documents-79', 'documents-82', 'documents-88']);
    await page.goto('/en/outcomes');
    await page
      .getByRole('region', { name: en.outcomes.facets.names.section, exact: true })
      .getByRole('link', { name: /^Outcome documents/ })
      .click();
    await waitForTotal(page, 23, { lang: 'en', page: 1 });
    const places = page.getByRole('region', { name: en.outcomes.facets.names.place, exact: true });
    const uzbekistan = places.getByRole('link', { name: /^Uzbekistan\s*\d/ });
    if ((await uzbekistan.count()) === 0) {
      await places.getByRole('link', { name: /^\d+ more$/ }).click();
    }
    await uzbekistan.click();
    await waitForTotal(page, keys.length, { lang: 'en' });
    expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['uzbekistan']);
    expect(new URL(page.url()).searchParams.getAll('section')).toEqual(['documents']);
    expect(await listedKeys(page, 'en')).toEqual(keys);
  });

  test('its CSV export has English headers and the titles in English', async ({ page }) => {
    const keys = expectedKeys({ section: ['documents'], place: ['uzbekistan'] });
    await page.goto('/en/outcomes?section=documents&place=uzbekistan');
    const link = page
      .getByRole('region', { name: en.outcomes.export.heading })
      .getByRole('link', { name: en.outcomes.export.csv(keys.length) });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/api/outcomes.csv?section=documents&place=uzbekistan&lang=en');
    const response = await request(href);
    expect(response.status).toBe(200);
    const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(
      await response.arrayBuffer(),
    );
    const [header, ...rows] = parseCsv(text);
    const columns = en.outcomes.export.columns;
    expect(header).toEqual([
      columns.key,
      columns.section,
      columns.category,
      columns.number,
      columns.title,
      columns.titleTranslated('English'),
      columns.titleTranslated('Russian'),
      columns.type,
      columns.topics,
      columns.places,
      columns.roles,
      columns.years,
      columns.commitments,
      columns.ordinals,
      columns.url,
    ]);
    expect(rows.map((row) => row[0])).toEqual(keys);
    for (const row of rows) {
      const key = row[0] ?? '';
      const item = itemOf(key);
      expect(row[1]).toBe(en.sections.documents);
      expect(row[2]).toBe(CATEGORY_NAMES['documents.2']?.en.full);
      expect(row[4], key).toBe(item.title);
      expect(row[5], key).toBe(englishTitle(key));
      expect(row[6], key).toBe(russianTitle(key));
      expect(row[7], key).toBe(label('type', item.type, 'en'));
      expect(row[14], key).toBe(`${ORIGIN}/en/outcomes/documents/${item.number}`);
    }
  });

  test('works without JavaScript: filters, search and the language switch are plain links and forms', async ({
    browser,
    baseURL,
  }) => {
    await withContext(browser, { baseURL, javaScriptEnabled: false }, async (page) => {
      // Shenyang is not among the six busiest places (headings tie Tianjin to 28): all are asked for.
      await page.goto('/en/outcomes?more=place');
      await waitForTotal(page, 223, { lang: 'en' });
      await Promise.all([
        page.waitForURL(
          (url) => url.pathname === '/en/outcomes' && url.search === '?place=shenyang&more=place',
        ),
        page
          .getByRole('region', { name: en.outcomes.facets.names.place, exact: true })
          .getByRole('link', { name: /^Shenyang\s*\d/ })
          .click(),
      ]);
      await waitForTotal(page, expectedKeys({ place: ['shenyang'] }).length, { lang: 'en' });
      await page.getByRole('searchbox', { name: en.search.label }).fill('forum');
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('q') === 'forum'),
        page.getByRole('button', { name: en.search.submit }).click(),
      ]);
      expect(new URL(page.url()).pathname).toBe('/en/outcomes');
      expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['shenyang']);
      await Promise.all([
        page.waitForURL((url) => url.pathname === '/outcomes'),
        page
          .getByRole('navigation', { name: en.locale.switchLabel })
          .getByRole('link', { name: zhCN.locale.name })
          .click(),
      ]);
      expect(new URL(page.url()).searchParams.get('q')).toBe('forum');
      expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    });
  });
});

describe('language alternates', () => {
  const PATHS = [
    '/',
    '/outcomes',
    '/outcomes?place=shenyang&section=documents',
    '/outcomes/documents/68',
    '/outcomes/meetings/70',
    '/places',
    '/places/shenyang',
    '/source',
  ];
  test.for(PATHS.flatMap((path) => [path, inLang('en', path), inLang('ru', path)]))(
    '%s names its Chinese, English, Russian and default versions',
    async (path) => {
      const html = await (await request(path)).text();
      const zhPath = unprefixed(path);
      const canonicalQuery = (p: string) =>
        p.includes('?')
          ? p.replace('?place=shenyang&section=documents', '?section=documents&place=shenyang')
          : p;
      const zh = `${ORIGIN}${canonicalQuery(zhPath)}`.replace(/\/$/, '');
      const english = `${ORIGIN}/en${zhPath === '/' ? '' : canonicalQuery(zhPath)}`;
      const russian = `${ORIGIN}/ru${zhPath === '/' ? '' : canonicalQuery(zhPath)}`;
      const alternates = linkTags(html)
        .filter((link) => link.rel === 'alternate' && link.hreflang !== undefined)
        .map((link) => [link.hreflang, link.href]);
      expect(alternates).toEqual([
        ['zh-Hans', zh],
        ['en', english],
        ['ru', russian],
        ['x-default', zh],
      ]);
      const lang = path.startsWith('/en') ? 'en' : path.startsWith('/ru') ? 'ru' : 'zh-Hans';
      expect(html).toContain(`<html lang="${lang}"`);
    },
  );
});
