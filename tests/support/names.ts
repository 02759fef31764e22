import { type Names, namesFrom } from '@/lib/i18n/names';

/**
 * Names for a hand-made entry, given in Chinese and English; a language added later gets its
 * English name marked with its key (`Tianjin [ru]`), so the entry type-checks whatever
 * languages the site has and a test sees which language a name came from.
 */
export function names(zh: string, en: string): Names {
  const given: Readonly<Record<string, string>> = { zh, en };
  return namesFrom((key) => given[key] ?? `${en} [${key}]`);
}
