import type { SectionKey } from '@/lib/parser/types';
import raw from '../../data/outcome-types.json' with { type: 'json' };
import { parseOutcomeTypeRules } from './rules-schema';
import { fold } from './text';
import type { Term } from './types';

const rules = parseOutcomeTypeRules(raw);

export const OUTCOME_TYPES: readonly Term[] = rules.types.map(({ key, zh, en }) => ({
  key,
  zh,
  en,
}));

interface Keyword {
  text: string;
  type: string;
}

const keywordsOf = (pick: (rule: (typeof rules.types)[number]) => string[]): Keyword[] =>
  rules.types.flatMap((rule) => pick(rule).map((text) => ({ text: fold(text), type: rule.key })));

const STRONG = keywordsOf((rule) => rule.keywords);
const WEAK = keywordsOf((rule) => rule.weakKeywords);

/**
 * The outcome type of an item: by section when the section decides it, else by the head keyword
 * of the title, else the fallback.
 *
 * Chinese noun phrases are head-final: in 第七届上海合作组织大学能源会议暨双碳战略智库签约仪式
 * the thing listed is the 签约仪式, and 会议 only modifies or precedes it. So the keyword that
 * ends furthest right wins, wherever it starts; between keywords ending at the same character
 * the longer, more specific one wins (圆桌会议 rather than 会议).
 * Generic words like 活动 are weak: they would otherwise win every …比赛活动, so they count only
 * when nothing else matches.
 */
export function outcomeType(section: SectionKey, title: string): string {
  const bySection = rules.types.find((rule) => rule.sections.includes(section));
  if (bySection !== undefined) return bySection.key;
  const text = fold(title);
  return headType(text, STRONG) ?? headType(text, WEAK) ?? rules.fallback;
}

function headType(text: string, keywords: readonly Keyword[]): string | undefined {
  let best: { end: number; length: number; type: string } | undefined;
  for (const { text: keyword, type } of keywords) {
    const start = text.lastIndexOf(keyword);
    if (start === -1) continue;
    const end = start + keyword.length;
    if (
      best === undefined ||
      end > best.end ||
      (end === best.end && keyword.length > best.length)
    ) {
      best = { end, length: keyword.length, type };
    }
  }
  return best?.type;
}
