import type { SectionKey } from '@/lib/parser/types';
import raw from '../../data/outcome-types.json' with { type: 'json' };
import { parseOutcomeTypeRules } from './rules-schema';
import { fold, maskQuoted } from './text';
import type { Term } from './types';

const rules = parseOutcomeTypeRules(raw);

export const OUTCOME_TYPES: readonly Term[] = rules.types.map(({ key, names }) => ({ key, names }));

interface Keyword {
  text: string;
  type: string;
}

const keywordsOf = (pick: (rule: (typeof rules.types)[number]) => string[]): Keyword[] =>
  rules.types.flatMap((rule) => pick(rule).map((text) => ({ text: fold(text), type: rule.key })));

const STRONG = keywordsOf((rule) => rule.keywords);
const WEAK = keywordsOf((rule) => rule.weakKeywords);

/**
 * The outcome type of an item, and a secondary type where its title announces two events.
 *
 * By section when the section decides it. Otherwise the title is read as Chinese titles are
 * built: an event's compound 「A暨B」 (or 「A和B」 joining two events) lists its main event first, so A
 * decides and B may add a secondary type; within one event the noun phrase is head-final (in
 * 第七届上海合作组织大学能源会议 the thing listed is the 会议), so the keyword that ends furthest
 * right wins, and between keywords ending at the same character the longer one (圆桌会议, not
 * 会议). Generic words like 活动 are weak: they count only when no other keyword does.
 */
export function outcomeTypes(
  section: SectionKey,
  title: string,
): { type: string; secondaryType: string | null } {
  const bySection = rules.types.find((rule) => rule.sections.includes(section));
  if (bySection !== undefined) return { type: bySection.key, secondaryType: null };
  // Quoted names — slogans, campaigns, book and programme titles — name something, they do not
  // say what the item is: “喜迎上合峰会…”绘画比赛 is a contest, not a summit.
  const text = maskQuoted(fold(title));
  // A document is often named after the meeting that adopted it (…论坛暨友好城市论坛沈阳倡议):
  // its title is one noun phrase whose head is the genre, so only events are split.
  const spans = section === 'meetings' ? eventSpans(text) : [{ start: 0, end: text.length }];
  const events = spans
    .map(({ start, end }) => text.slice(start, end))
    .map((event) => {
      const strong = headType(event, STRONG);
      return { strong, any: strong ?? headType(event, WEAK) };
    });
  // The main event is the first a strong keyword types; failing that, the first typed at all.
  let main = events.findIndex((event) => event.strong !== undefined);
  if (main === -1) main = events.findIndex((event) => event.any !== undefined);
  const type = events[main]?.any ?? rules.fallback;
  const secondaryType = events
    .slice(main + 1)
    .map((event) => event.any)
    .find((other) => other !== undefined && other !== type);
  return { type, secondaryType: secondaryType ?? null };
}

/**
 * Where the events a folded title joins stand in it: split at 暨, and at 和 where the words before
 * it end with an event keyword (会议和…活动), not where 和 joins two nouns (减贫和可持续发展论坛).
 * Quoted names should be masked first (maskQuoted): a 暨 inside one joins nothing.
 */
export function eventSpans(text: string): Array<{ start: number; end: number }> {
  const events: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let at = 0; at < text.length; at += 1) {
    const joins =
      text[at] === '暨' ||
      (text[at] === '和' && STRONG.some(({ text: keyword }) => text.endsWith(keyword, at)));
    if (!joins) continue;
    events.push({ start, end: at });
    start = at + 1;
  }
  events.push({ start, end: text.length });
  return events;
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
