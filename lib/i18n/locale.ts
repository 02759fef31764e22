import type { Messages } from '@/lib/messages/zh-CN';
import { LOCALES, type LocaleKey, ORIGINAL_LOCALE } from './locales';
import type { Named } from './names';
import { swapPrefix } from './prefix';

/** One language as pages use it: its interface text and how it writes addresses and numbers. */
export interface Locale {
  key: LocaleKey;
  /** BCP 47, for `<html lang>`, `hreflang` and Intl. */
  lang: string;
  prefix: string;
  openGraph: string;
  /** `lang` in the addresses of the API, exports, previews and citations; none for the site's own. */
  langParam: string | null;
  messages: Messages;
  /** A site path in this language: `/outcomes?q=x` → `/en/outcomes?q=x`. */
  path(path: string): string;
  number(value: number): string;
  /** A day (YYYY-MM-DD) as this language's prose writes it: 2025年9月1日, 1 September 2025. */
  day(iso: string): string;
  /** The plural category of a count in this language (CLDR): `one` for 1 in English. */
  plural(value: number): Intl.LDMLPluralRule;
  /** A vocabulary entry's name (place, type, topic, fact, unit) in this language. */
  name(term: Named): string;
  /** A language of the site named in this one: 英语, English. */
  languageName(key: LocaleKey): string;
}

function toLocale(config: (typeof LOCALES)[number]): Locale {
  const messages: Messages = config.messages;
  const { lang } = messages.locale;
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const languages = new Intl.DisplayNames(lang, { type: 'language', fallback: 'code' });
  return {
    key: config.key,
    lang,
    prefix: config.prefix,
    openGraph: config.openGraph,
    langParam: config.key === ORIGINAL_LOCALE ? null : config.key,
    messages,
    path: (path) => {
      const [pathname = '/', query] = path.split(/(?=\?)/, 2);
      return `${swapPrefix(pathname, '', config.prefix)}${query ?? ''}`;
    },
    number: (value) => numbers.format(value),
    day: (iso) => messages.locale.day(new Date(`${iso}T00:00:00Z`)),
    plural: (value) => plurals.select(value),
    name: (term) => term.names[config.key],
    languageName: (key) => languages.of(key) ?? key,
  };
}

export const LOCALE_LIST: readonly Locale[] = LOCALES.map(toLocale);

export function localeOf(key: string): Locale | undefined {
  return LOCALE_LIST.find((locale) => locale.key === key);
}

/** The site's own language, at the unprefixed addresses. */
export const DEFAULT_LOCALE = LOCALE_LIST[0] as Locale;

/** The language an address asks for by its prefix (`/en/outcomes?q=x` → English), else the site's. */
export function localeOfPath(path: string): Locale {
  const pathname = path.split('?', 1)[0] ?? '/';
  const prefixed = (each: Locale) =>
    each.prefix !== '' && (pathname === each.prefix || pathname.startsWith(`${each.prefix}/`));
  return LOCALE_LIST.find(prefixed) ?? DEFAULT_LOCALE;
}
