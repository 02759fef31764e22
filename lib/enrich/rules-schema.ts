import { z } from 'zod';
import { NAME_FIELDS, type Names, withNames } from '@/lib/i18n/names';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import { fold } from './text';

const Key = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/, 'key must be lowercase words joined by -');
const Keyword = z.string().min(1);

const TermFields = {
  key: Key,
  ...NAME_FIELDS,
  /** One line kept next to the rule so that a reviewer can judge its keywords. */
  why: z.string().min(1),
};

interface OutcomeTypeRule {
  key: string;
  names: Names;
  keywords: string[];
  /** Used only when no ordinary keyword of any rule occurs. */
  weakKeywords: string[];
  /** Every item of these sections takes this type, whatever its title says. */
  sections: SectionKey[];
}

interface OutcomeTypeRules {
  fallback: string;
  types: OutcomeTypeRule[];
}

const OutcomeTypeRulesSchema = z
  .strictObject({
    fallback: Key,
    types: z
      .array(
        z
          .strictObject({
            ...TermFields,
            keywords: z.array(Keyword),
            weakKeywords: z.array(Keyword).default([]),
            sections: z.array(z.enum(SECTION_KEYS)).default([]),
          })
          .transform(withNames),
      )
      .min(1),
  })
  .superRefine(({ fallback, types }, ctx) => {
    const problems = duplicates(types.map((type) => type.key)).map((key) => `duplicate key ${key}`);
    // One keyword in two types would make the winner depend on file order.
    const keywords = types.flatMap((type) => [...type.keywords, ...type.weakKeywords].map(fold));
    problems.push(...duplicates(keywords).map((keyword) => `keyword ${keyword} in two places`));
    const sections = types.flatMap((type) => type.sections);
    problems.push(...duplicates(sections).map((section) => `section ${section} claimed twice`));
    const fallbackType = types.find((type) => type.key === fallback);
    if (fallbackType === undefined) problems.push(`fallback ${fallback} is not a type`);
    for (const type of types) {
      const triggers = type.keywords.length + type.weakKeywords.length + type.sections.length;
      if (type === fallbackType && triggers > 0) problems.push(`fallback ${fallback} has triggers`);
      if (type !== fallbackType && triggers === 0) problems.push(`${type.key} can never match`);
    }
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });

export function parseOutcomeTypeRules(raw: unknown): OutcomeTypeRules {
  return OutcomeTypeRulesSchema.parse(raw);
}

interface TopicRule {
  key: string;
  names: Names;
  keywords: string[];
}

const TopicRulesSchema = z
  .strictObject({
    topics: z
      .array(
        z.strictObject({ ...TermFields, keywords: z.array(Keyword).min(1) }).transform(withNames),
      )
      .min(1),
  })
  .superRefine(({ topics }, ctx) => {
    // Topics are multi-label, so a keyword may serve two topics (电商: trade and digital),
    // but not twice in one.
    const problems = duplicates(topics.map((topic) => topic.key)).map(
      (key) => `duplicate key ${key}`,
    );
    for (const topic of topics) {
      for (const keyword of duplicates(topic.keywords.map(fold))) {
        problems.push(`${topic.key}: keyword ${keyword} listed twice`);
      }
    }
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
  });

export function parseTopicRules(raw: unknown): TopicRule[] {
  return TopicRulesSchema.parse(raw).topics;
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}
