import { chineseNumber } from '@/lib/parser/numerals';
import { fold } from '../text';
import { NUMBERS_VOCABULARY as VOCABULARY } from './vocabulary';

/**
 * One number found in a folded title and what its neighbours make of it. Offsets are into the
 * title (folding keeps them): `start`–`end` are the words read, `numberStart`–`numberEnd` the
 * numeral itself.
 */
export type Found = { start: number; end: number; numberStart: number; numberEnd: number } & (
  | { role: 'ordinal'; value: number; kind: string }
  | { role: 'multiple' | 'phase'; value: number }
  | { role: 'next-years' | 'from-year' | 'year'; value: number }
  | { role: 'measure'; value: number; unit: string; unitEnd: number }
  | { role: 'count'; value: number; classifierEnd: number }
  | { role: 'name'; value: number }
);

const longestFirst = (words: readonly string[]) =>
  [...new Set(words.map(fold))].sort((a, b) => b.length - a.length);

const MEASURE_WORDS = longestFirst(
  VOCABULARY.units.filter((unit) => unit.dimension !== 'count').flatMap((unit) => unit.words),
);
const UNIT_OF_WORD = new Map(
  VOCABULARY.units.flatMap((unit) => unit.words.map((word) => [fold(word), unit.key] as const)),
);
const CLASSIFIERS = new Set(VOCABULARY.classifiers.words);
const ORDINAL_OF_MARKER = new Map(VOCABULARY.ordinals.map((one) => [one.marker, one.key]));
const [MULTIPLE, PHASE] = VOCABULARY.relations;
const [NEXT_YEARS, FROM_YEAR] = VOCABULARY.periods;
const COUNT_WORDS = longestFirst(
  VOCABULARY.units.filter((unit) => unit.dimension === 'count').flatMap((unit) => unit.words),
);
/** 首次, 首届: the first of a series, said without a number. */
const FIRST = new RegExp(`${VOCABULARY.first.word}(.)`, 'g');
const PERIODS = [NEXT_YEARS, FROM_YEAR].map((rule) => ({
  key: rule.key,
  before: rule.before.map(fold),
  after: longestFirst(rule.after),
}));

/**
 * Digits (ASCII after folding; a decimal point; then 万 or 亿 and the like), or a run of Chinese
 * numeral characters. A Chinese run is a number only where its neighbours say so (第…次, 翻…番,
 * a unit or a measure word after it): 一起, 同一, 四川 and 万里行 are words.
 */
const RUN = /\d+(?:\.\d+)?[十百千万亿]*|[零〇一二两三四五六七八九十百千万亿]+/g;
const YEAR = /^20\d{2}$/;

/** The unit word of `words` the text has at `at`, if any: longest first. */
export function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  return words.find((word) => text.startsWith(word, at));
}

/** The unit a unit word names. */
export function unitOfWord(word: string): string | undefined {
  return UNIT_OF_WORD.get(word);
}

export { COUNT_WORDS };

/** Every number of the title its context makes something of, in title order. */
export function scanNumbers(title: string): Found[] {
  const text = fold(title);
  const found: Found[] = [];
  for (const match of text.matchAll(RUN)) {
    const one = readRun(text, match.index, match.index + match[0].length);
    if (one !== null) found.push(one);
  }
  for (const match of text.matchAll(FIRST)) {
    const kind = ORDINAL_OF_MARKER.get(match[1] ?? '');
    if (kind === undefined) continue;
    const at = match.index;
    found.push({
      role: 'ordinal',
      value: 1,
      kind,
      start: at,
      end: at + 2,
      numberStart: at,
      numberEnd: at + 1,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

function readRun(text: string, start: number, end: number): Found | null {
  const digits = /\d/.test(text[start] ?? '');
  const at = { numberStart: start };
  // A numeral may run into the unit after it (千万千瓦): try the longest numeral first.
  for (let cut = end; cut > start; cut -= 1) {
    const value = chineseNumber(text.slice(start, cut));
    if (value === null) continue;
    const next = text[cut] ?? '';
    const span = { ...at, numberEnd: cut };
    const ordinal = ORDINAL_OF_MARKER.get(next);
    if (text[start - 1] === '第' && ordinal !== undefined) {
      return { role: 'ordinal', value, kind: ordinal, start: start - 1, end: cut + 1, ...span };
    }
    if (text[start - 1] === MULTIPLE.before && text.startsWith(MULTIPLE.after, cut)) {
      return {
        role: 'multiple',
        value: 2 ** value,
        start: start - 1,
        end: cut + MULTIPLE.after.length,
        ...span,
      };
    }
    if (
      text.startsWith(PHASE.after, cut) &&
      COUNT_WORDS.some((word) => text.endsWith(word, start))
    ) {
      return { role: 'phase', value, start, end: cut + PHASE.after.length, ...span };
    }
    const period = readPeriod(text, start, cut, value);
    if (period !== null) return { ...period, ...span };
    const unit = wordAt(text, cut, MEASURE_WORDS);
    if (unit !== undefined) {
      const key = unitOfWord(unit) ?? '';
      return {
        role: 'measure',
        value,
        unit: key,
        unitEnd: cut + unit.length,
        start,
        end: cut + unit.length,
        ...span,
      };
    }
    if (CLASSIFIERS.has(next)) {
      return { role: 'count', value, classifierEnd: cut + 1, start, end: cut + 1, ...span };
    }
    if (cut === end && digits) {
      const year = YEAR.test(text.slice(start, end));
      const words = year && next === '年' ? cut + 1 : cut;
      return { role: year ? 'year' : 'name', value, start, end: words, ...span };
    }
  }
  return null;
}

/** 未来N年, 从YYYY年开始: a period, its words from the word before to the word after. */
function readPeriod(
  text: string,
  start: number,
  end: number,
  value: number,
): { role: 'next-years' | 'from-year'; value: number; start: number; end: number } | null {
  for (const rule of PERIODS) {
    if (rule.key === 'from-year' && !YEAR.test(text.slice(start, end))) continue;
    const before = rule.before.find((word) => text.endsWith(word, start));
    const after = rule.after.find((word) => text.startsWith(word, end));
    if (before !== undefined && after !== undefined) {
      return { role: rule.key, value, start: start - before.length, end: end + after.length };
    }
  }
  return null;
}
