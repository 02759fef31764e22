import { z } from 'zod';
import { LOCALES, type LocaleKey } from '@/lib/i18n/locales';
import { NAME_FIELDS, withNames } from '@/lib/i18n/names';
import raw from '../../../data/numbers.json' with { type: 'json' };
import { fold } from '../text';

const Key = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'key must be lowercase words joined by -');
const Words = z.array(z.string().min(1));
const Why = z.string().min(1);

const UNIT_DIMENSIONS = ['money', 'power', 'count'] as const;

/**
 * A unit's forms after a number, by the number's plural category in the language (CLDR, as
 * Intl.PluralRules tells it): `one` (1 project) and `other` (2 projects) in English, `other`
 * alone in Chinese (100个项目), one, few, many and other in Russian. `other` is required.
 */
const CountedForms = z.strictObject({
  zero: z.string().min(1).optional(),
  one: z.string().min(1).optional(),
  two: z.string().min(1).optional(),
  few: z.string().min(1).optional(),
  many: z.string().min(1).optional(),
  other: z.string().min(1),
});

const COUNTED_FIELDS = Object.fromEntries(LOCALES.map(({ key }) => [key, CountedForms])) as Record<
  LocaleKey,
  typeof CountedForms
>;

const NumbersVocabularySchema = z
  .strictObject({
    filter: z.strictObject({ value: Key, ...NAME_FIELDS, why: Why }).transform(withNames),
    units: z
      .array(
        z
          .strictObject({
            key: Key,
            dimension: z.enum(UNIT_DIMENSIONS),
            /** ISO 4217, for money: what schema.org's MonetaryAmount calls its currency. */
            currency: z
              .string()
              .regex(/^[A-Z]{3}$/)
              .optional(),
            /** Its name as a heading: 项目, projects. */
            ...NAME_FIELDS,
            /** After a number, with its measure word where the language has one: 100个项目. */
            counted: z.strictObject(COUNTED_FIELDS),
            why: Why,
            words: Words.min(1),
          })
          .transform(withNames),
      )
      .min(1),
    classifiers: z.strictObject({ why: Why, words: Words.min(1) }),
    kinds: z
      .array(
        z
          .strictObject({ key: Key, ...NAME_FIELDS, why: Why, nouns: Words, verbs: Words })
          .transform(withNames),
      )
      .min(1),
    relations: z.tuple([
      z.strictObject({
        key: z.literal('multiple'),
        kind: Key,
        before: z.string().min(1),
        after: z.string().min(1),
        why: Why,
      }),
      z.strictObject({
        key: z.literal('phase'),
        kind: z.null(),
        before: z.null(),
        after: z.string().min(1),
        why: Why,
      }),
    ]),
    periods: z.tuple([
      z.strictObject({ key: z.literal('next-years'), before: Words, after: Words, why: Why }),
      z.strictObject({ key: z.literal('from-year'), before: Words, after: Words, why: Why }),
    ]),
    ordinals: z.array(z.strictObject({ key: Key, marker: z.string().length(1), why: Why })).min(1),
    first: z.strictObject({ word: z.string().length(1), why: Why }),
    editionWords: z.strictObject({ why: Why, words: Words }),
  })
  .superRefine((vocabulary, ctx) => {
    const problems: string[] = [];
    const once = (what: string, values: readonly string[]) => {
      const seen = new Set<string>();
      for (const value of values) {
        if (seen.has(value)) problems.push(`${what} ${value} listed twice`);
        seen.add(value);
      }
    };
    once(
      'unit key',
      vocabulary.units.map((unit) => unit.key),
    );
    // One word for two units would make the unit depend on file order.
    once(
      'unit word',
      vocabulary.units.flatMap((unit) => unit.words.map(fold)),
    );
    once(
      'kind key',
      vocabulary.kinds.map((kind) => kind.key),
    );
    once(
      'kind word',
      vocabulary.kinds.flatMap((kind) => [...kind.nouns, ...kind.verbs].map(fold)),
    );
    once(
      'ordinal marker',
      vocabulary.ordinals.map((ordinal) => ordinal.marker),
    );
    const kinds = new Set(vocabulary.kinds.map((kind) => kind.key));
    const [multiple] = vocabulary.relations;
    if (!kinds.has(multiple.kind))
      problems.push(`relation multiple: unknown kind ${multiple.kind}`);
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });

type NumbersVocabulary = z.infer<typeof NumbersVocabularySchema>;

export function parseNumbersVocabulary(data: unknown): NumbersVocabulary {
  return NumbersVocabularySchema.parse(data);
}

/** data/numbers.json, checked once at load. */
export const NUMBERS_VOCABULARY = parseNumbersVocabulary(raw);

/** The units a commitment may be counted in, with their labels (data/numbers.json). */
export const COMMITMENT_UNITS = NUMBERS_VOCABULARY.units.map(
  ({ key, dimension, currency, names, counted }) => ({
    key,
    dimension,
    currency: currency ?? null,
    names,
    counted,
  }),
);

/** The kinds of commitment, with their labels (data/numbers.json). */
export const COMMITMENT_KINDS = NUMBERS_VOCABULARY.kinds.map(({ key, names }) => ({ key, names }));

/** The kinds of ordinal: `session` (第N次), `edition` (第N届). */
export const ORDINAL_KINDS = NUMBERS_VOCABULARY.ordinals.map((ordinal) => ordinal.key);

/** The one value of the filter for items that commit to something, with its names. */
export const COMMITMENT_FILTER = {
  value: NUMBERS_VOCABULARY.filter.value,
  names: NUMBERS_VOCABULARY.filter.names,
};
