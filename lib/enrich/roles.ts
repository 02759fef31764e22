import { z } from 'zod';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import raw from '../../data/place-roles.json' with { type: 'json' };
import { FACTS } from './facts';
import { fold } from './text';
import { PLACE_REASONS, PLACE_ROLES, type PlaceReason, type PlaceRole } from './types';

/** One reading of a place in a text: the reason it gives, the span read, the fact it invokes. */
export interface Reading {
  text: string;
  via: PlaceReason;
  start: number;
  end: number;
  fact: string | null;
}

const Role = z.enum(PLACE_ROLES);
const Words = z.array(z.string().min(1)).min(1);

const RoleRulesSchema = z
  .strictObject({
    precedence: z.array(Role),
    precedenceWhy: z.string().min(1),
    defaults: z.strictObject(
      Object.fromEntries(SECTION_KEYS.map((key) => [key, Role])) as Record<SectionKey, typeof Role>,
    ),
    defaultsWhy: z.string().min(1),
    rules: z.array(
      z.strictObject({
        role: Role,
        via: z.array(z.enum(PLACE_REASONS)).optional(),
        /** The word read, for an abbreviation (中方, 访华). */
        words: Words.optional(),
        facts: z.array(z.string()).min(1).optional(),
        /** The text right before the place ends with one of these. */
        before: Words.optional(),
        /** The text right after the place begins with one of these. */
        after: Words.optional(),
        why: z.string().min(1),
      }),
    ),
  })
  .superRefine(({ precedence, rules }, ctx) => {
    if (new Set(precedence).size !== PLACE_ROLES.length || precedence.length !== PLACE_ROLES.length)
      ctx.addIssue({ code: 'custom', message: 'precedence must list every role once' });
    const facts = new Set(FACTS.map((fact) => fact.id));
    rules.forEach((rule, index) => {
      const { role, why, ...conditions } = rule;
      // A rule without a condition would decide every reading after it: that is a default.
      if (Object.keys(conditions).length === 0)
        ctx.addIssue({ code: 'custom', message: `rule ${index} (${role}) has no condition` });
      for (const id of rule.facts ?? [])
        if (!facts.has(id))
          ctx.addIssue({ code: 'custom', message: `rule ${index}: no fact ${id}` });
    });
  });

const RULES = RoleRulesSchema.parse(raw);
const RANK = new Map(RULES.precedence.map((role, index) => [role, index]));
/** The rules with their words folded as the text they are matched against is. */
const FOLDED_RULES = RULES.rules.map((rule) => ({
  ...rule,
  words: rule.words?.map(fold),
  before: rule.before?.map(fold),
  after: rule.after?.map(fold),
}));

/**
 * The part a place plays where a text reads it: the first rule of data/place-roles.json that
 * fits the reading (its reason, the word or fact read, the words just before and after it),
 * else the section's default.
 */
export function roleOf(section: SectionKey, reading: Reading): PlaceRole {
  const folded = fold(reading.text);
  const before = folded.slice(0, reading.start);
  const after = folded.slice(reading.end);
  const word = folded.slice(reading.start, reading.end);
  const rule = FOLDED_RULES.find(
    (one) =>
      (one.via === undefined || one.via.includes(reading.via)) &&
      (one.words === undefined || one.words.includes(word)) &&
      (one.facts === undefined || (reading.fact !== null && one.facts.includes(reading.fact))) &&
      (one.before === undefined || one.before.some((w) => before.endsWith(w))) &&
      (one.after === undefined || one.after.some((w) => after.startsWith(w))),
  );
  return rule?.role ?? RULES.defaults[section];
}

/** The role that says most of the ones given (data/place-roles.json's precedence). */
export function strongestRole(roles: readonly PlaceRole[]): PlaceRole | undefined {
  return [...roles].sort((a, b) => (RANK.get(a) ?? 0) - (RANK.get(b) ?? 0))[0];
}
