import { QUERY_TERMS_MAX } from '@/lib/constants';
import { foldText } from './fold';
import { type Atom, atomsIn, type Query } from './query';

/** Half-open [start, end) offsets into a title or a translation. */
type Range = readonly [start: number, end: number];

/** One item as search reads it, made once per load (lib/catalogue/facets.ts). */
export interface SearchDocument {
  /** The title folded unit for unit (./fold.ts): same length as the title. */
  title: string;
  /** The syllables of the title's Chinese characters, run together: `shenyanglunta…`. */
  pinyin: string;
  /** Where each syllable starts in `pinyin`, and a sentinel at its end. */
  syllableStart: Uint16Array;
  /** The title offset of each syllable's character. */
  syllableChar: Uint16Array;
  /** Each translation, folded (lower case), by language. */
  translations: ReadonlyArray<{ lang: string; text: string }>;
  /** Other names the item answers to (the places it names, in every spelling), folded. */
  names: string;
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
const SEPARATOR = '\u001f';

export function searchDocument(
  title: string,
  pinyin: readonly string[],
  translations: Readonly<Record<string, string>>,
  names: readonly string[],
): SearchDocument {
  const syllables: Array<{ text: string; at: number }> = [];
  for (let at = 0; at < title.length; at += 1) {
    const syllable = pinyin[at];
    if (syllable && CJK_CHAR.test(title[at] ?? ''))
      syllables.push({ text: syllable.toLowerCase(), at });
  }
  const syllableStart = new Uint16Array(syllables.length + 1);
  let offset = 0;
  syllables.forEach((syllable, index) => {
    syllableStart[index] = offset;
    offset += syllable.text.length;
  });
  syllableStart[syllables.length] = offset;
  return {
    title: foldText(title),
    pinyin: syllables.map((syllable) => syllable.text).join(''),
    syllableStart,
    syllableChar: Uint16Array.from(syllables.map((syllable) => syllable.at)),
    translations: Object.entries(translations).map(([lang, text]) => ({
      lang,
      text: foldText(text),
    })),
    names: foldText(names.join(SEPARATOR)),
  };
}

/** Where one atom is found: title ranges, translation ranges by language, or only in the names. */
interface Found {
  title: Range[];
  translations: Record<string, Range[]>;
  names: boolean;
}

const LATIN_WORD_START = /(?<![a-z0-9])/y;
const LATIN_WORD_END = /(?![a-z0-9])/y;
/**
 * Shorter Latin terms match whole words only: as word beginnings, `an` and `ai` would find
 * every "and" and "aid" of the English titles.
 */
const PREFIX_MIN_LENGTH = 3;

/** Whether a Latin term found at `at` begins a word there (and, when short, is the whole word). */
function wordAt(text: string, at: number, length: number): boolean {
  LATIN_WORD_START.lastIndex = at;
  if (!LATIN_WORD_START.test(text)) return false;
  if (length >= PREFIX_MIN_LENGTH) return true;
  LATIN_WORD_END.lastIndex = at + length;
  return LATIN_WORD_END.test(text);
}

/** Every start of `needle` in `haystack` that `accept` allows. */
function occurrences(
  haystack: string,
  needle: string,
  accept: (at: number) => boolean = () => true,
): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (accept(at)) found.push(at);
  }
  return found;
}

/**
 * Pinyin as whole syllables, in sequence: `shen` and `shenyang` find 沈阳; `hai` finds 海 but
 * `ai` does not, and `shen` does not find 生 (sheng). A syllable left half-typed finds nothing:
 * on short input the other reading (any syllable it begins) would match most of the list.
 */
function pinyinRanges(document: SearchDocument, text: string): Range[] {
  const { pinyin, syllableStart, syllableChar } = document;
  const ranges: Range[] = [];
  for (let at = pinyin.indexOf(text); at !== -1; at = pinyin.indexOf(text, at + 1)) {
    const first = syllableAt(syllableStart, at);
    if (first === -1 || !syllableStart.includes(at + text.length)) continue;
    let last = first;
    while (last + 1 < syllableChar.length && (syllableStart[last + 1] as number) < at + text.length)
      last += 1;
    ranges.push([syllableChar[first] as number, (syllableChar[last] as number) + 1]);
  }
  return ranges;
}

/** The syllable starting exactly at `offset` (binary search), or −1 inside a syllable. */
function syllableAt(starts: Uint16Array, offset: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = starts[middle] as number;
    if (start === offset) return middle;
    if (start < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

function find(document: SearchDocument, atom: Atom): Found {
  const translations: Record<string, Range[]> = {};
  const inTranslations = (accept: (text: string) => (at: number) => boolean) => {
    for (const { lang, text } of document.translations) {
      const found = occurrences(text, atom.text, accept(text)).map(
        (at): Range => [at, at + atom.text.length],
      );
      if (found.length > 0) translations[lang] = found;
    }
  };
  const literal = () =>
    occurrences(document.title, atom.text).map((at): Range => [at, at + atom.text.length]);
  switch (atom.kind) {
    case 'cjk':
      return { title: literal(), translations, names: document.names.includes(atom.text) };
    case 'phrase':
      inTranslations(() => () => true);
      return { title: literal(), translations, names: false };
    case 'latin': {
      // The title's own Latin words and numbers (Qingdao, 2025) from their start, as in English.
      const length = atom.text.length;
      const own = occurrences(document.title, atom.text, (at) =>
        wordAt(document.title, at, length),
      ).map((at): Range => [at, at + length]);
      inTranslations((text) => (at) => wordAt(text, at, length));
      const names =
        occurrences(document.names, atom.text, (at) => wordAt(document.names, at, length)).length >
        0;
      return { title: [...own, ...pinyinRanges(document, atom.text)], translations, names };
    }
  }
}

/**
 * Where an atom is first found in the title (a title offset), −1 when not in the title: what
 * matching and ranking need, without the ranges highlighting builds (./highlightsOf).
 */
function firstInTitle(document: SearchDocument, atom: Atom): number {
  const { title } = document;
  if (atom.kind !== 'latin') return title.indexOf(atom.text);
  const length = atom.text.length;
  let own = -1;
  for (let at = title.indexOf(atom.text); at !== -1; at = title.indexOf(atom.text, at + 1)) {
    if (wordAt(title, at, length)) {
      own = at;
      break;
    }
  }
  const spoken = firstPinyin(document, atom.text);
  return own === -1 ? spoken : spoken === -1 ? own : Math.min(own, spoken);
}

/** The title offset of the first run of whole syllables spelling `text`, or −1. */
function firstPinyin(document: SearchDocument, text: string): number {
  const { pinyin, syllableStart, syllableChar } = document;
  for (let at = pinyin.indexOf(text); at !== -1; at = pinyin.indexOf(text, at + 1)) {
    const first = syllableAt(syllableStart, at);
    if (first !== -1 && syllableStart.includes(at + text.length)) {
      return syllableChar[first] as number;
    }
  }
  return -1;
}

/** Whether an atom not in the title is found in a translation or in the item's place names. */
function foundElsewhere(document: SearchDocument, atom: Atom): boolean {
  const { text } = atom;
  switch (atom.kind) {
    case 'cjk':
      return document.names.includes(text);
    case 'phrase':
      return document.translations.some((translation) => translation.text.includes(text));
    case 'latin': {
      const asWord = (haystack: string) => {
        for (let at = haystack.indexOf(text); at !== -1; at = haystack.indexOf(text, at + 1)) {
          if (wordAt(haystack, at, text.length)) return true;
        }
        return false;
      };
      return (
        document.translations.some((translation) => asWord(translation.text)) ||
        asWord(document.names)
      );
    }
  }
}

// A score packs three things, each outweighing all that follow: the query as one phrase in the
// title; how many of its terms the title holds (at most QUERY_TERMS_MAX); how early the first
// stands (offsets past 999 count as 999).
const EARLY = 1_000;
const WHOLE = (QUERY_TERMS_MAX + 1) * EARLY;

/** Every score is a whole number below this: a listing orders matches by counting them. */
export const SCORE_LIMIT = 2 * WHOLE;

export interface Match {
  /** Higher first: the query as one phrase in the title, then terms in the title, then how early. */
  score: number;
}

/**
 * Whether the document matches the query, and how well. Null when it does not. An empty query
 * matches everything with score 0. It runs for every item of a listing with a search, so it
 * only asks where each term first stands in the title, and elsewhere only when not there.
 */
export function matchDocument(document: SearchDocument, query: Query): Match | null {
  let inTitle = 0;
  let first = Number.MAX_SAFE_INTEGER;
  for (const clause of query.clauses) {
    let matched = false;
    for (const alternative of clause) {
      let found = true;
      let hits = 0;
      let earliest = Number.MAX_SAFE_INTEGER;
      for (const atom of alternative) {
        const at = firstInTitle(document, atom);
        if (at !== -1) {
          hits += 1;
          earliest = Math.min(earliest, at);
        } else if (!foundElsewhere(document, atom)) {
          found = false;
          break;
        }
      }
      if (!found) continue;
      matched = true;
      inTitle += hits;
      first = Math.min(first, earliest);
      break;
    }
    if (!matched) return null;
  }
  const phrase = queryAsPhrase(query);
  const whole = phrase.length > 1 && document.title.includes(phrase) ? 1 : 0;
  const early = EARLY - 1 - Math.min(first, EARLY - 1);
  return { score: whole * WHOLE + Math.min(inTitle, QUERY_TERMS_MAX) * EARLY + early };
}

const PHRASES = new WeakMap<Query, string>();

/** The query's Chinese, run together (沈阳论坛 from 沈阳 ∧ 论坛), when it is one plain clause list. */
function queryAsPhrase(query: Query): string {
  let phrase = PHRASES.get(query);
  if (phrase === undefined) {
    phrase = query.clauses.some((clause) => clause.length !== 1)
      ? ''
      : query.clauses
          .flatMap((clause) => clause[0] ?? [])
          .filter((atom) => atom.kind !== 'latin')
          .map((atom) => atom.text)
          .join('');
    PHRASES.set(query, phrase);
  }
  return phrase;
}

export interface Highlight {
  title: Range[];
  translations: Record<string, Range[]>;
}

/** Where every atom of the query is found in the title and each translation, merged. */
export function highlightsOf(document: SearchDocument, query: Query): Highlight {
  const title: Range[] = [];
  const translations: Record<string, Range[]> = {};
  for (const atom of atomsIn(query)) {
    const found = find(document, atom);
    title.push(...found.title);
    for (const [lang, ranges] of Object.entries(found.translations)) {
      translations[lang] = [...(translations[lang] ?? []), ...ranges];
    }
  }
  return {
    title: merged(title),
    translations: Object.fromEntries(
      Object.entries(translations).map(([lang, ranges]) => [lang, merged(ranges)]),
    ),
  };
}

function merged(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
