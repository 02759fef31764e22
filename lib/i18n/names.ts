import { z } from 'zod';
import { LOCALES, type LocaleKey } from './locales';

/**
 * Names of things the data declares — places, outcome types, topics, facts, units and kinds of
 * commitment — in every language of the site, by locale key: `{ zh: '沈阳市', en: 'Shenyang' }`.
 * In data/ each entry has one field per language, named by its key (`"zh"`, `"en"`), so a
 * language gains its names in the data files, beside the others, and no code names a language.
 */
export type Names = Readonly<Record<LocaleKey, string>>;

/** Anything with a name in every language: a place, a type, a topic, a fact, a unit. */
export interface Named {
  names: Names;
}

/**
 * The name fields of an entry in data/, for its schema: one per language of the site, each
 * required, so an ingest stops (the error's path gives the entry and the language) until a new
 * language names everything its pages show.
 */
export const NAME_FIELDS = Object.fromEntries(
  LOCALES.map(({ key }) => [key, z.string().min(1)]),
) as Record<LocaleKey, z.ZodString>;

/** An entry of data/ with its name fields gathered into `names`, the rest kept as it is. */
export function withNames<Entry extends Record<LocaleKey, string>>(
  entry: Entry,
): Omit<Entry, LocaleKey> & { names: Names } {
  const rest: Record<string, unknown> = { ...entry };
  for (const { key } of LOCALES) delete rest[key];
  return { ...(rest as Omit<Entry, LocaleKey>), names: namesFrom((key) => entry[key]) };
}

/** Names made language by language, in the site's order of languages. */
export function namesFrom(nameIn: (key: LocaleKey) => string): Names {
  return Object.fromEntries(LOCALES.map(({ key }) => [key, nameIn(key)])) as Names;
}
