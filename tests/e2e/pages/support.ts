import { createHash } from 'node:crypto';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { en } from '@/lib/messages/en';
import { ru } from '@/lib/messages/ru';
import { type Messages, zhCN } from '@/lib/messages/zh-CN';
import { EXPECTED_ITEMS, SOURCE_BYTES, SOURCE_TEXT } from '../../support/source';

/**
 * The list's structure as read off the source file by hand: each category's heading as printed
 * (null where the copy lacks it) and its line in the source, the count the heading declares with its
 * measure word (项, 份), the numbers it spans, and the
 * items this copy holds. `found` is checked against the hand-made item fixture below.
 */
export const CATEGORIES = [
  {
    section: 'meetings',
    ordinal: 1,
    heading: null,
    line: null,
    declared: null,
    measure: null,
    first: 1,
    last: 110,
    found: 87,
  },
  {
    section: 'meetings',
    ordinal: 2,
    heading: '中方举办的其他活动',
    line: 466,
    declared: 77,
    measure: '项',
    first: 111,
    last: 187,
    found: 77,
  },
  {
    section: 'documents',
    ordinal: 1,
    heading: '峰会成果文件',
    line: 264,
    declared: 24,
    measure: '份',
    first: 1,
    last: 24,
    found: 0,
  },
  {
    section: 'documents',
    ordinal: 2,
    heading: null,
    line: null,
    declared: null,
    measure: null,
    first: 25,
    last: 90,
    found: 23,
  },
  {
    section: 'initiatives',
    ordinal: 1,
    heading: '中方在天津峰会上提出的倡议',
    line: 54,
    declared: 23,
    measure: '项',
    first: 1,
    last: 23,
    found: 23,
  },
  {
    section: 'initiatives',
    ordinal: 2,
    heading: '中方其他倡议',
    line: 87,
    declared: 13,
    measure: '项',
    first: 24,
    last: 36,
    found: 13,
  },
] as const;

/** Items per category in the hand-made fixture, to cross-check `found` above. */
export function fixtureCount(section: string, ordinal: number): number {
  return EXPECTED_ITEMS.filter((item) => item.section === section && item.category === ordinal)
    .length;
}

export const SOURCE_SHA256 = createHash('sha256').update(SOURCE_BYTES).digest('hex');
export const SOURCE_LINES = SOURCE_TEXT.split(/\r\n|\r|\n/);

/** The item the tests open: documents 88, read from line 46 of the source. */
export const ITEM = {
  path: '/outcomes/documents/88',
  line: 46,
  title: '中华人民共和国辽宁省沈阳市与乌兹别克斯坦共和国布哈拉州布哈拉市建立友好合作关系谅解备忘录',
};

/** The origin every absolute address in an answer uses (SITE_URL, fixed by the global setup). */
export const ORIGIN = 'http://localhost:3000';

export type Lang = 'zh' | 'en' | 'ru';
/** The site's languages in its order: the list's own, then the translations. */
export const LANGS: readonly Lang[] = ['zh', 'en', 'ru'];
/** Interface text by language; the tests read labels from it, as the pages do. */
export const MESSAGES: Record<Lang, Messages> = { zh: zhCN, en, ru };
/** Where each language's pages live: Chinese at the unprefixed addresses, the others under theirs. */
export const PREFIX: Record<Lang, string> = { zh: '', en: '/en', ru: '/ru' };
/** `<html lang>` and `hreflang` of each language. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-Hans', en: 'en', ru: 'ru' };

/** A site path in a language: `/outcomes?q=x` → `/en/outcomes?q=x`, `/` → `/en`. */
export function inLang(lang: Lang, path: string): string {
  const prefix = PREFIX[lang];
  if (prefix === '') return path;
  return path === '/'
    ? prefix
    : path.startsWith('/?')
      ? `${prefix}${path.slice(1)}`
      : `${prefix}${path}`;
}

/** A path in any language as the same path in the site's own: `/ru/outcomes` → `/outcomes`. */
export function unprefixed(path: string): string {
  for (const lang of LANGS) {
    const prefix = PREFIX[lang];
    if (
      prefix !== '' &&
      (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`))
    )
      return path.slice(prefix.length) || '/';
  }
  return path;
}

/** The page's HTML without its scripts: what a reader without JavaScript gets to see. */
export function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
}

/** `<meta property|name=… content=…>` values of a document, by their property or name. */
export function metaTags(html: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/g)) {
    const key = /\s(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (key === undefined || content === undefined) continue;
    tags.set(key, [...(tags.get(key) ?? []), decodeEntities(content)]);
  }
  return tags;
}

/** `<link rel=… …>` elements of a document, each as its attributes (names lower-cased). */
export function linkTags(html: string): Array<Record<string, string>> {
  return [...html.matchAll(/<link\b[^>]*>/g)].map(([tag]) =>
    Object.fromEntries(
      [...tag.matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [
        name.toLowerCase(),
        decodeEntities(value),
      ]),
    ),
  );
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * A browser context of the test's own (a phone, JavaScript off) held to the same rules as the
 * fixture's page: anything the Content Security Policy blocks, or any script error, fails it.
 */
export async function withContext(
  browser: Browser,
  options: BrowserContextOptions,
  use: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const blocked: string[] = [];
  const uncaught: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  context.on('weberror', (error) => uncaught.push(error.error().message));
  try {
    await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
  expect(blocked, 'Content Security Policy violations').toEqual([]);
  expect(uncaught, 'uncaught errors in the page').toEqual([]);
}

/** Scroll the page sideways? Zero or less means the page fits its viewport's width. */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
