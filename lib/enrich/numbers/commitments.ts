import { fold } from '../text';
import { COUNT_WORDS, type Found, unitOfWord, wordAt } from './scan';
import type { Commitment, OtherNumber, Period } from './types';
import { NUMBERS_VOCABULARY as VOCABULARY } from './vocabulary';

const byLength = (words: readonly string[]) =>
  [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);

const KIND_OF_WORD = new Map(
  VOCABULARY.kinds.flatMap((kind) =>
    [...kind.nouns, ...kind.verbs].map((word) => [fold(word), kind.key] as const),
  ),
);
const NOUNS = byLength(VOCABULARY.kinds.flatMap((kind) => kind.nouns));
const VERBS = byLength(VOCABULARY.kinds.flatMap((kind) => kind.verbs));
const [MULTIPLE] = VOCABULARY.relations;

/** Clauses end at these: a commitment's words, kind and unit never cross one. */
const CLAUSE_END = /[，,。；;：:！!？?]/;

interface Context {
  title: string;
  text: string;
  quoted: ReadonlyArray<{ start: number; end: number }>;
  /** Where each number starts: a count's noun is looked for only up to the next number. */
  numberStarts: readonly number[];
}

type Draft = Omit<Commitment, 'period'>;

/**
 * The commitments among what was found, and the quantities that commit to nothing: a count
 * inside a quoted name names a programme (a measure there, 千万千瓦, still states its size), and a
 * quantity with no kind word in its clause is not a commitment.
 */
export function readCommitments(
  context: Context,
  found: readonly Found[],
): { drafts: Draft[]; quantities: OtherNumber[] } {
  const drafts: Draft[] = [];
  const quantities: OtherNumber[] = [];
  for (const one of found) {
    const draft = draftOf(context, one);
    if (draft === undefined) continue;
    if (draft === null) {
      quantities.push({
        value: one.value,
        start: one.start,
        words: context.title.slice(one.start, one.end),
      });
    } else drafts.push(draft);
  }
  return { drafts, quantities };
}

/** A commitment, null for a quantity that is none, undefined for what is no quantity at all. */
function draftOf(context: Context, one: Found): Draft | null | undefined {
  const { text } = context;
  const quote = context.quoted.find(
    (span) => span.start < one.numberStart && one.numberStart < span.end,
  );
  if (one.role === 'measure') {
    const noun = wordAt(text, one.unitEnd, NOUNS);
    const end =
      noun !== undefined
        ? one.unitEnd + noun.length
        : quote !== undefined
          ? quote.end - 1
          : one.unitEnd;
    const kind = noun !== undefined ? KIND_OF_WORD.get(noun) : verbBefore(context, one.start);
    return draft(context, one.start, end, one.value, one.unit, kind, null);
  }
  if (one.role !== 'count' && one.role !== 'multiple' && one.role !== 'phase') return undefined;
  if (quote !== undefined) return null;
  if (one.role === 'count') {
    const noun = countNounAfter(context, one.classifierEnd);
    if (noun === undefined) return null;
    return draft(
      context,
      one.start,
      noun.end,
      one.value,
      noun.unit,
      verbBefore(context, one.start),
      null,
    );
  }
  if (one.role === 'multiple') {
    const noun = countNounBefore(context, one.start);
    if (noun === undefined) return null;
    return draft(context, noun.start, one.end, null, noun.unit, MULTIPLE.kind, {
      key: 'multiple',
      value: one.value,
    });
  }
  const word = COUNT_WORDS.find((candidate) => text.endsWith(candidate, one.start)) ?? '';
  const start = one.start - word.length;
  const relation = { key: 'phase' as const, value: one.value };
  return draft(
    context,
    start,
    one.end,
    null,
    unitOfWord(word) ?? '',
    verbBefore(context, start),
    relation,
  );
}

function draft(
  context: Context,
  start: number,
  end: number,
  quantity: number | null,
  unit: string,
  kind: string | undefined,
  relation: Draft['relation'],
): Draft | null {
  if (kind === undefined || unit === '') return null;
  // Words that open a quoted name close it: 10所“鲁班工坊”, not 10所“鲁班工坊.
  const opened = context.quoted.find(
    (span) => start <= span.start && span.start < end && end < span.end,
  );
  const until = opened?.end ?? end;
  return { quantity, unit, kind, relation, start, words: context.title.slice(start, until) };
}

function clauseStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1] ?? '')) start -= 1;
  return start;
}

/** The kind the nearest kind verb before `at` in its clause says: 实施新增“千万千瓦…” → implement. */
function verbBefore({ text }: Context, at: number): string | undefined {
  for (let end = at; end > clauseStart(text, at); end -= 1) {
    const verb = VERBS.find((word) => text.endsWith(word, end));
    if (verb !== undefined) return KIND_OF_WORD.get(verb);
  }
  return undefined;
}

/** The first count noun after a measure word, within the clause and before the next number. */
function countNounAfter(context: Context, from: number): { unit: string; end: number } | undefined {
  const { text } = context;
  const limit = context.numberStarts.find((start) => start >= from) ?? text.length;
  for (let at = from; at < limit && !CLAUSE_END.test(text[at] ?? ''); at += 1) {
    const word = wordAt(text, at, COUNT_WORDS);
    if (word !== undefined && at + word.length <= limit) {
      return { unit: unitOfWord(word) ?? '', end: at + word.length };
    }
  }
  return undefined;
}

/** The count noun ending right before `at`: 奖学金名额 in 奖学金名额翻一番. */
function countNounBefore(
  { text }: Context,
  at: number,
): { unit: string; start: number } | undefined {
  const word = COUNT_WORDS.find((candidate) => text.endsWith(candidate, at));
  return word === undefined ? undefined : { unit: unitOfWord(word) ?? '', start: at - word.length };
}

/**
 * Each commitment's period: the last the title states before it, else the first after it
 * (未来5年,中方… and …,未来5年 both bind what they govern).
 */
export function withPeriods(drafts: readonly Draft[], periods: readonly Period[]): Commitment[] {
  return drafts.map((one) => {
    const before = periods.filter((period) => period.start < one.start).at(-1);
    return { ...one, period: before ?? periods[0] ?? null };
  });
}
