import { describe } from 'vitest';
import { en } from '@/lib/messages/en';
import { ru } from '@/lib/messages/ru';
import { EXPECTED } from '../../support/expected';
import {
  CATEGORY_NAMES,
  ENGLISH,
  expectedMeta,
  itemOf,
  label,
  listedKeys,
  PLACES,
  parseCsv,
  RUSSIAN,
  resultsRegion,
  russianTitle,
  TOPICS,
  TYPES,
  waitForTotal,
} from '../outcomes/support';
import { ITEM, ORIGIN } from '../pages/support';
import { expect, test } from '../support/fixtures';
import { request } from '../support/http';
import { interfacePhrases, textIn, withoutAddresses } from '../support/page-text';

/**
 * Issue 22: the Russian edition under /ru. Every page kind in Russian, the titles translated
 * (data/translations/ru.json) beside their originals, a reader's walk as in English (documents →
 * Uzbekistan → the view and its export in Russian), and the pseudo-locale test's check, on the
 * real Russian: no interface text left in another language.
 */

const SITE = ru.site.shortName;
const NBSP = /\u00a0/g;
/** Text as read: no-break spaces as spaces, runs of space as one. */
const plain = (text: string | null | undefined) => (text ?? '').replace(NBSP, ' ').trim();

const PAGES: Array<[path: string, title: string, heading: string]> = [
  ['/ru', ru.site.name, ru.site.name],
  ['/ru/outcomes', `${ru.outcomes.title} · ${SITE}`, ru.outcomes.heading],
  [
    '/ru/outcomes/documents/68',
    `${russianTitle('documents-68')} · ${SITE}`,
    `${russianTitle('documents-68')}${ru.translation.unofficial}`,
  ],
  ['/ru/places', `${ru.places.title} · ${SITE}`, ru.places.title],
  ['/ru/places/shenyang', `Шэньян · ${SITE}`, 'Шэньян 沈阳市'],
  ['/ru/source', `${ru.source.title} · ${SITE}`, ru.source.title],
];

describe('the Russian pages', () => {
  test.for(PAGES)('%s is in Russian', async ([path, title, heading], { page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(plain(await page.title())).toBe(plain(title));
    expect(plain(await page.getByRole('heading', { level: 1 }).textContent())).toBe(plain(heading));
    const nav = page.getByRole('navigation', { name: ru.nav.label });
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Обзор',
      'Итоги',
      'Места',
      'Обязательства',
      'Источник',
    ]);
    expect(
      await nav
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
    ).toEqual(['/ru', '/ru/outcomes', '/ru/places', '/ru/commitments', '/ru/source']);
    expect(await page.locator('meta[property="og:locale"]').getAttribute('content')).toBe('ru_RU');
  });

  test('the footer names the dispatch and the newspaper page in Russian prose', async ({
    page,
  }) => {
    await page.goto('/ru');
    const source = page.getByRole('contentinfo').locator('p').filter({ hasText: 'Источник:' });
    // Written by hand: the list's title in Chinese, then Xinhua's dateline and the page's date.
    expect(plain(await source.textContent()).replace(/\s+/g, ' ')).toBe(
      'Источник: 《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》 (перечень итогов председательства Китая в Шанхайской организации сотрудничества в 2024–2025 годах), Синьхуа, Тяньцзинь, 1 сентября 2025 г. (газетная полоса от 2 сентября 2025 г.). Названия приводятся так, как они напечатаны, на китайском языке; переводы на русский неофициальные.',
    );
  });

  test('the item page: Russian title marked unofficial, the original beneath it in Chinese', async ({
    page,
  }) => {
    await page.goto('/ru/outcomes/documents/68');
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.getByText(ru.translation.unofficial, { exact: true }).waitFor();
    const original = await h1.evaluate((heading) => {
      const next = heading.nextElementSibling;
      return { text: next?.textContent, lang: next?.getAttribute('lang') };
    });
    expect(original).toEqual({ text: itemOf('documents-68').title, lang: 'zh-Hans' });
    const breadcrumb = page.getByRole('navigation', { name: ru.outcome.breadcrumb });
    expect((await breadcrumb.getByRole('link').allTextContents()).map(plain)).toEqual([
      'Итоги',
      'Итоговые документы',
      plain(CATEGORY_NAMES['documents.2']?.ru.short),
    ]);
  });
});

describe('a Russian reader’s walk', () => {
  const keys = EXPECTED.filter(
    (item) =>
      item.section === 'documents' && item.places.some((place) => place.slug === 'uzbekistan'),
  ).map((item) => item.key);

  test('finds every document signed with partners in Uzbekistan, each row in Russian', async ({
    page,
  }) => {
    expect(keys).toEqual(['documents-76', 'documents-79', 'documents-82', 'documents-88']);
    await page.goto('/ru/outcomes');
    await page
      .getByRole('region', { name: 'Раздел', exact: true })
      .getByRole('link', { name: /^Итоговые документы/ })
      .click();
    await waitForTotal(page, 23, { lang: 'ru', page: 1 });
    const places = page.getByRole('region', { name: 'Место', exact: true });
    const uzbekistan = places.getByRole('link', { name: /^Узбекистан\s*\d/ });
    if ((await uzbekistan.count()) === 0) {
      await places.getByRole('link', { name: /^ещё \d+$/ }).click();
    }
    await uzbekistan.click();
    await waitForTotal(page, keys.length, { lang: 'ru' });
    expect(new URL(page.url()).pathname).toBe('/ru/outcomes');
    expect(new URL(page.url()).searchParams.getAll('place')).toEqual(['uzbekistan']);
    expect(new URL(page.url()).searchParams.getAll('section')).toEqual(['documents']);
    expect(await listedKeys(page, 'ru')).toEqual(keys);

    const rows = await resultsRegion(page, 'ru')
      .getByRole('heading', { level: 3 })
      .filter({ has: page.getByRole('link') })
      .evaluateAll((headings) =>
        headings.map((heading) => {
          const original = heading.nextElementSibling;
          return {
            heading: heading.textContent ?? '',
            original: original?.textContent ?? '',
            lang: original?.getAttribute('lang') ?? '',
            meta: original?.nextElementSibling?.textContent ?? '',
          };
        }),
      );
    expect(rows).toEqual(
      keys.map((key) => ({
        heading: `${russianTitle(key)}${ru.translation.unofficial}`,
        original: itemOf(key).title,
        lang: 'zh-Hans',
        meta: `${expectedMeta(itemOf(key), 'ru')}${ru.inferred.mark}`,
      })),
    );
  });

  test('its CSV export has Russian headers and the titles in every language', async ({ page }) => {
    await page.goto('/ru/outcomes?section=documents&place=uzbekistan');
    const link = page
      .getByRole('region', { name: ru.outcomes.export.heading })
      .getByRole('link', { name: ru.outcomes.export.csv(keys.length) });
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toBe('/api/outcomes.csv?section=documents&place=uzbekistan&lang=ru');
    const response = await request(href);
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv(
      new TextDecoder('utf-8', { ignoreBOM: false }).decode(await response.arrayBuffer()),
    );
    expect(header?.slice(0, 7)).toEqual([
      'Идентификатор',
      'Раздел',
      'Категория',
      'Номер',
      'Название (на китайском, как напечатано)',
      'Название (английский, неофициальный перевод)',
      'Название (русский, неофициальный перевод)',
    ]);
    expect(rows.map((row) => row[0])).toEqual(keys);
    for (const row of rows) {
      const key = row[0] ?? '';
      expect(row[1]).toBe('Итоговые документы');
      expect(row[2]).toBe(CATEGORY_NAMES['documents.2']?.ru.full);
      expect(row.slice(4, 7), key).toEqual([
        itemOf(key).title,
        ENGLISH.titles[key],
        RUSSIAN.titles[key],
      ]);
      expect(row[7], key).toBe(label('type', itemOf(key).type, 'ru'));
      expect(row.at(-1), key).toBe(`${ORIGIN}/ru/outcomes/documents/${itemOf(key).number}`);
    }
  });
});

/** Names that are data: English ones are no interface text. */
const ENGLISH_NAMES = new Set([...PLACES, ...TYPES, ...TOPICS].map((term) => term.en));

/**
 * The Latin words the Russian messages themselves hold (format names, OR, the search help's
 * pinyin and English examples): every string, and every message function with stand-ins for its
 * arguments. A Latin word on a Russian page that is not one of these came from somewhere else.
 */
function latinWordsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    for (const [word] of value.matchAll(/[A-Za-z]+/g)) into.add(word);
  } else if (typeof value === 'function') {
    try {
      latinWordsOf(value(...Array.from({ length: value.length }, () => 1)), into);
    } catch {
      // A message that cannot take a stand-in has no fixed words to add.
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const each of Object.values(value)) latinWordsOf(each, into);
  }
  return into;
}

/** Those, and the Latin the Russian titles hold as names (a hashtag's @Qingdao): data, not interface. */
const RUSSIAN_LATIN = latinWordsOf([
  ru,
  // The parts' numbers, I. II. III., as the Russian messages write them.
  [1, 2, 3].map((ordinal) => ru.numbering.section(ordinal)),
  RUSSIAN.titles,
  RUSSIAN.headings,
]);

/** A hexadecimal value shown as it is (the catalogue's version, an error's reference). */
const HEX = /\b(?=[0-9a-f]*\d)[0-9a-f]{7,}\b/g;

/** Every fixed string of the Russian messages: one holding Chinese is quoted there on purpose. */
function stringsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (typeof value === 'object' && value !== null) {
    for (const each of Object.values(value)) stringsOf(each, into);
  }
  return into;
}

/**
 * A placeholder cannot mark its Chinese example (沈阳论坛) as Chinese; a message string that
 * quotes Chinese is shown whole in such an attribute.
 */
const RUSSIAN_STRINGS = stringsOf(ru);

/** Latin words of Russian text that the Russian messages do not hold: text left untranslated. */
function foreignLatin(shown: readonly string[], echoed: readonly string[] = []): string[] {
  return [
    ...new Set(
      shown
        .flatMap((text) => [
          ...withoutAddresses(text)
            .replace(HEX, ' ')
            .matchAll(/[A-Za-z]+/g),
        ])
        .map(([word]) => word)
        .filter((word) => !RUSSIAN_LATIN.has(word) && !echoed.includes(word)),
    ),
  ];
}

const CHECKED: Array<{ path: string; status: number; echoed?: readonly string[] }> = [
  { path: '/ru', status: 200 },
  { path: '/ru/outcomes', status: 200 },
  { path: '/ru/outcomes?q=форум&place=shenyang', status: 200 },
  { path: '/ru/outcomes?q=forum', status: 200, echoed: ['forum'] },
  {
    path: '/ru/outcomes?place=nowhere&sort=sideways',
    status: 200,
    echoed: ['place', 'nowhere', 'sort', 'sideways'],
  },
  { path: `/ru${ITEM.path}`, status: 200 },
  { path: '/ru/places', status: 200 },
  { path: '/ru/places/shanghai', status: 200 },
  { path: '/ru/commitments', status: 200 },
  { path: '/ru/source', status: 200 },
  { path: '/ru/outcomes/documents/1', status: 404 },
  { path: '/ru/outcomes/documents/999', status: 404 },
];

describe('no interface text left in another language', () => {
  test.for(CHECKED)('$path', async ({ path, status, echoed }, { page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    const { shown, meta } = await textIn(page, 'ru');
    const all = withoutAddresses([...shown, ...meta].join('\n'));
    expect(/\p{Script=Cyrillic}/u.test(all)).toBe(true);
    const leaked = interfacePhrases(en, ENGLISH_NAMES).filter((phrase) => all.includes(phrase));
    expect(leaked, 'English interface text in the page').toEqual([]);
    expect(foreignLatin(shown, echoed), 'Latin words the Russian messages do not hold').toEqual([]);
    const chinese = shown.filter(
      (text) => /\p{Script=Han}/u.test(text) && !RUSSIAN_STRINGS.has(text.trim()),
    );
    expect(chinese, 'Chinese text not marked as Chinese').toEqual([]);
  });

  test('the checks see foreign text: on the English page they find plenty', async ({ page }) => {
    await page.goto('/en/outcomes?place=shenyang');
    const { shown, meta } = await textIn(page, 'en');
    const all = withoutAddresses([...shown, ...meta].join('\n'));
    expect(
      interfacePhrases(en, ENGLISH_NAMES).filter((phrase) => all.includes(phrase)).length,
    ).toBeGreaterThan(40);
    expect(foreignLatin(shown).length).toBeGreaterThan(40);
  });
});
