// Relative, not '@/…': next.config.ts reads this file, and its loader resolves no path aliases.
import { en } from '../messages/en';
import { ru } from '../messages/ru';
import { zhCN } from '../messages/zh-CN';

/**
 * The languages the catalogue is served in, each with its interface text (lib/messages). The
 * first is the list's own language, at the site's unprefixed addresses; every other one mirrors
 * each page under its prefix and has its titles in data/translations/<key>.json. Adding a
 * language is its messages file, its translations file and one line here
 * (tests/e2e/third-language.test.ts adds one that way).
 */
export const LOCALES = [
  { key: 'zh', prefix: '', openGraph: 'zh_CN', messages: zhCN },
  { key: 'en', prefix: '/en', openGraph: 'en_GB', messages: en },
  { key: 'ru', prefix: '/ru', openGraph: 'ru_RU', messages: ru },
] as const;

export type LocaleKey = (typeof LOCALES)[number]['key'];

/** The list's own language: titles in it are the originals, never translations. */
export const ORIGINAL_LOCALE: LocaleKey = LOCALES[0].key;

/** The languages titles are translated into. */
export const TRANSLATED_LOCALES: readonly LocaleKey[] = LOCALES.slice(1).map(
  (locale) => locale.key,
);
