import { z } from 'zod';
import { NAME_FIELDS, withNames } from '@/lib/i18n/names';
import raw from '../../data/facts.json' with { type: 'json' };
import { placeOf } from './gazetteer';
import { fold } from './text';
import type { Fact } from './types';

const Year = z.int().min(1990).max(2100);

const FactsSchema = z
  .strictObject({
    facts: z.array(
      z
        .strictObject({
          id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
          ...NAME_FIELDS,
          place: z.string(),
          wording: z.array(z.string().min(2)).min(1),
          period: z.strictObject({ from: Year, to: Year.nullable() }),
          why: z.string().min(1),
          source: z.strictObject({
            title: z.string().min(1),
            publisher: z.string().min(1),
            date: z.iso.date(),
          }),
        })
        .transform(withNames),
    ),
  })
  .superRefine(({ facts }, ctx) => {
    const ids = new Set<string>();
    for (const fact of facts) {
      if (ids.has(fact.id)) ctx.addIssue({ code: 'custom', message: `duplicate fact ${fact.id}` });
      ids.add(fact.id);
      const place = placeOf(fact.place);
      if (place === undefined) {
        ctx.addIssue({ code: 'custom', message: `${fact.id}: unknown place ${fact.place}` });
      }
      if (fact.period.to !== null && fact.period.to < fact.period.from) {
        ctx.addIssue({ code: 'custom', message: `${fact.id}: period ends before it starts` });
      }
    }
  });

/** The documented standing facts of data/facts.json, checked when the module loads. */
export const FACTS: readonly Fact[] = FactsSchema.parse(raw).facts;
const FOLDED_WORDINGS = new Map(FACTS.map((fact) => [fact, fact.wording.map(fold)]));

/**
 * The facts a title invokes, with the place each implies. A fact applies where the title uses
 * its wording, states no year outside its period, and names no other city (a title naming its
 * own venue needs no fact, and one naming another is about that one).
 */
export function factsOf(
  title: string,
  years: readonly number[],
  namedCities: readonly string[],
): Fact[] {
  const text = fold(title);
  return FACTS.filter(
    (fact) =>
      (FOLDED_WORDINGS.get(fact) ?? []).some((words) => text.includes(words)) &&
      years.every((year) => year >= fact.period.from && year <= (fact.period.to ?? year)) &&
      namedCities.every((city) => city === fact.place),
  );
}
