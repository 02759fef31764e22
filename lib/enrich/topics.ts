import raw from '../../data/topics.json' with { type: 'json' };
import { parseTopicRules } from './rules-schema';
import { fold } from './text';
import type { Term } from './types';

const rules = parseTopicRules(raw).map((rule) => ({ ...rule, keywords: rule.keywords.map(fold) }));

export const TOPICS: readonly Term[] = rules.map(({ key, names }) => ({ key, names }));

/** Every topic one of whose keywords occurs in the title, in the order of data/topics.json. */
export function topicsOf(title: string): string[] {
  const text = fold(title);
  return rules
    .filter((rule) => rule.keywords.some((keyword) => text.includes(keyword)))
    .map((rule) => rule.key);
}
