/**
 * The languages the catalogue is served in. The first is the list's own language, at the
 * site's unprefixed addresses; every other one mirrors each page under its prefix and has its
 * interface text in lib/messages/<key>.ts (registered in lib/i18n/locale.ts) and its titles in
 * data/translations/<key>.json. Adding a language is that file pair and one line here.
 */
export const LOCALES = [
  { key: 'zh', lang: 'zh-Hans', prefix: '', openGraph: 'zh_CN' },
  { key: 'en', lang: 'en', prefix: '/en', openGraph: 'en_GB' },
] as const;

export type LocaleKey = (typeof LOCALES)[number]['key'];

/** The list's own language: titles in it are the originals, never translations. */
export const ORIGINAL_LOCALE: LocaleKey = LOCALES[0].key;

/** The languages titles are translated into. */
export const TRANSLATED_LOCALES: readonly LocaleKey[] = LOCALES.slice(1).map(
  (locale) => locale.key,
);

export function isLocaleKey(value: string): value is LocaleKey {
  return LOCALES.some((locale) => locale.key === value);
}
export const DEFAULT_LOCALE_LANG: string = LOCALES[0].lang;
