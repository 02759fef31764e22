import { QUERY_TERMS_MAX } from '@/lib/constants';
import { foldText } from './fold';
import { type Atom, atomsIn, type Query } from './query';
import { type StemmedWord, stemmedWords } from './stem';

/** Half-open [start, end) offsets into a title or a translation. */
type Range = readonly [start: number, end: number];

/** Folded text with its Cyrillic words and their stems, where Russian words are found. */
interface Searched {
  text: string;
  words: readonly StemmedWord[];
}

function searched(text: string): Searched {
  const folded = foldText(text);
  return { text: folded, words: stemmedWords(folded) };
}

/** One item as search reads it, made once per load (lib/catalogue/facets.ts). */
export interface SearchDocument {
  /** The title folded unit for unit (./fold.ts): same length as the title. */
  title: string;
  /** The title's Cyrillic words, if it has any. */
  titleWords: readonly StemmedWord[];
  /** The syllables of the title's Chinese characters, run together: `shenyanglunta…`. */
  pinyin: string;
  /** Where each syllable starts in `pinyin`, and a sentinel at its end. */
  syllableStart: Uint16Array;
  /** The title offset of each syllable's character. */
  syllableChar: Uint16Array;
  /** Each translation, folded (lower case), by language. */
  translations: ReadonlyArray<{ lang: string } & Searched>;
  /** Other names the item answers to (the places it names, in every spelling), folded. */
  names: Searched;
  /** The heading of the item's category, as printed and translated, folded: found, not shown. */
  headings: readonly Searched[];
}

const CJK_CHAR = /[\u3400-\u9fff\uf900-\ufaff]/;
const SEPARATOR = '\u001f';

export function searchDocument(
  title: string,
  pinyin: readonly string[],
  translations: Readonly<Record<string, string>>,
  names: readonly string[],
  headings: readonly string[],
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
  const folded = foldText(title);
  return {
    title: folded,
    titleWords: stemmedWords(folded),
    pinyin: syllables.map((syllable) => syllable.text).join(''),
    syllableStart,
    syllableChar: Uint16Array.from(syllables.map((syllable) => syllable.at)),
    translations: Object.entries(translations).map(([lang, text]) => ({
      lang,
      ...searched(text),
    })),
    names: searched(names.join(SEPARATOR)),
    headings: headings.map(searched),
  };
}

/** Called with each range found, in order within one source; true skips that source's rest. */
type Visit = (start: number, end: number) => boolean;

const LATIN_WORD_START = /(?<![a-z0-9])/y;
const LATIN_WORD_END = /(?![a-z0-9])/y;
/**
 * Shorter Latin terms match whole words only: as word beginnings, `an` and `ai` would find
 * every "and" and "aid" of the English titles.
 */
const PREFIX_MIN_LENGTH = 3;

/** Whether Latin text found at `at` begins a word there and, when `whole`, ends one too. */
function wordAt(text: string, at: number, length: number, whole: boolean): boolean {
  LATIN_WORD_START.lastIndex = at;
  if (!LATIN_WORD_START.test(text)) return false;
  if (!whole) return true;
  LATIN_WORD_END.lastIndex = at + length;
  return LATIN_WORD_END.test(text);
}

/** Each start of `needle` in `haystack` that `accept` allows, until `visit` says stop. */
function scan(
  haystack: string,
  needle: string,
  visit: Visit,
  accept: (at: number) => boolean = () => true,
): void {
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    if (accept(at) && visit(at, at + needle.length)) return;
  }
}

/** Latin text as words: from a word's start, and to its end when `whole`. */
function scanWords(haystack: string, needle: string, whole: boolean, visit: Visit): void {
  scan(haystack, needle, visit, (at) => wordAt(haystack, at, needle.length, whole));
}

/**
 * Pinyin as whole syllables, in sequence, as title ranges: `shen` and `shenyang` find 沈阳;
 * `hai` finds 海 but `ai` does not, and `shen` does not find 生 (sheng). A syllable left
 * half-typed finds nothing: on short input the other reading (any syllable it begins) would
 * match most of the list.
 */
function scanSyllables(document: SearchDocument, text: string, visit: Visit): void {
  const { pinyin, syllableStart, syllableChar } = document;
  for (let at = pinyin.indexOf(text); at !== -1; at = pinyin.indexOf(text, at + 1)) {
    const first = syllableAt(syllableStart, at);
    if (first === -1 || !syllableStart.includes(at + text.length)) continue;
    let last = first;
    while (last + 1 < syllableChar.length && (syllableStart[last + 1] as number) < at + text.length)
      last += 1;
    if (visit(syllableChar[first] as number, (syllableChar[last] as number) + 1)) return;
  }
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

/**
 * A Russian word's stem in Cyrillic words: each word it begins, whatever the ending, so every form
 * typed finds every form written (a stem is a beginning of each form of its word); a stem shorter
 * than PREFIX_MIN_LENGTH only words of that same stem (`по` is not `поддержка`). Whole words, for
 * highlighting the form found.
 */
function scanStems(source: Searched, stem: string, visit: Visit): void {
  for (const word of source.words) {
    const found =
      stem.length < PREFIX_MIN_LENGTH
        ? word.stem === stem
        : word.end - word.start >= stem.length && source.text.startsWith(stem, word.start);
    if (found && visit(word.start, word.end)) return;
  }
}

/** A Latin term shorter than PREFIX_MIN_LENGTH, or a `word` atom, must be a whole word. */
function whole(atom: Atom): boolean {
  return atom.kind === 'word' || atom.text.length < PREFIX_MIN_LENGTH;
}

/*
 * The rules, in one place: where each kind of atom is found in a title, a translation and the
 * place names. Matching and ranking (matchDocument) stop at the first range of each source;
 * highlighting (highlightsOf) takes them all.
 */

/** In the title: Chinese and phrases as written; Latin as the title's own words and as pinyin. */
function scanTitle(document: SearchDocument, atom: Atom, visit: Visit): void {
  switch (atom.kind) {
    case 'cjk':
    case 'phrase':
      scan(document.title, atom.text, visit);
      break;
    case 'latin':
      // The title's own Latin words and numbers (Qingdao, 2025) from their start, as in English.
      scanWords(document.title, atom.text, whole(atom), visit);
      scanSyllables(document, atom.text, visit);
      break;
    case 'word':
      scanWords(document.title, atom.text, true, visit);
      break;
    case 'stem':
      scanStems({ text: document.title, words: document.titleWords }, atom.text, visit);
      break;
  }
}

/** In a translation: phrases as written, Latin as words, Russian by stem; Chinese is never there. */
function scanTranslation(source: Searched, atom: Atom, visit: Visit): void {
  switch (atom.kind) {
    case 'cjk':
      break;
    case 'phrase':
      scan(source.text, atom.text, visit);
      break;
    case 'latin':
    case 'word':
      scanWords(source.text, atom.text, whole(atom), visit);
      break;
    case 'stem':
      scanStems(source, atom.text, visit);
      break;
  }
}

/** In the names of the places the title names: Chinese anywhere, Latin as words; not phrases. */
function inNames(document: SearchDocument, atom: Atom): boolean {
  let found = false;
  const stop = () => {
    found = true;
    return true;
  };
  switch (atom.kind) {
    case 'cjk':
      return document.names.text.includes(atom.text);
    case 'phrase':
      return false;
    case 'latin':
    case 'word':
      scanWords(document.names.text, atom.text, whole(atom), stop);
      return found;
    case 'stem':
      scanStems(document.names, atom.text, stop);
      return found;
  }
}

/** Where an atom first stands in the title (a title offset), −1 when not in the title. */
function firstInTitle(document: SearchDocument, atom: Atom): number {
  let first = -1;
  scanTitle(document, atom, (start) => {
    if (first === -1 || start < first) first = start;
    return true;
  });
  return first;
}

/**
 * Whether an atom is in a translation or a heading; `asWhole`, as a whole word: a Latin term
 * ending where a word ends, a Russian stem as the stem of the word it begins.
 */
function inText(source: Searched, atom: Atom, asWhole: boolean): boolean {
  let found = false;
  scanTranslation(source, atom, (start, end) => {
    found =
      !asWhole ||
      (atom.kind === 'stem'
        ? source.words.some((word) => word.start === start && word.stem === atom.text)
        : wordAt(source.text, start, end - start, true));
    return found;
  });
  return found;
}

/** Whether an atom not in the title is found in a translation, the place names or the heading. */
function foundElsewhere(document: SearchDocument, atom: Atom): boolean {
  return (
    document.translations.some((translation) => inText(translation, atom, false)) ||
    inNames(document, atom) ||
    document.headings.some((heading) => inHeading(heading, atom))
  );
}

/**
 * In the category's heading: Chinese and phrases as written, Latin as words of a translation.
 * A term found only there counts as found elsewhere, so the item ranks below one whose title
 * holds it: 天津峰会 finds the 23 initiatives put forward at the Tianjin summit.
 */
function inHeading(heading: Searched, atom: Atom): boolean {
  return atom.kind === 'cjk' || atom.kind === 'phrase'
    ? heading.text.includes(atom.text)
    : inText(heading, atom, false);
}

// A score packs four things, each outweighing all that follow: for a reader of a translation,
// how the query's Latin terms stand in that reader's title (READER); the query as one phrase in
// the title; how many of its terms the title holds (at most QUERY_TERMS_MAX); how early the first
// stands (offsets past 999 count as 999).
const EARLY = 1_000;
const WHOLE = (QUERY_TERMS_MAX + 1) * EARLY;
const READER = 2 * WHOLE;

/**
 * How the Latin terms stand in the reader's own title: each a whole word there (`yuan` in "…
 * 2 billion yuan…"), each found there at all (`assist` in "assistance"), or not all there (a
 * pinyin syllable of the Chinese alone: 员, 院, 愿 for `yuan`). English readers get what they
 * typed as English first; pinyin matches follow.
 */
const READER_LEVELS = { none: 0, found: 1, whole: 2 } as const;

/** Every score is a whole number below this: a listing orders matches by counting them. */
export const SCORE_LIMIT = (READER_LEVELS.whole + 1) * READER;

export interface Match {
  /** Higher first: the reader's words, the query as one phrase, terms in the title, how early. */
  score: number;
}

/**
 * Whether the document matches the query, and how well. Null when it does not. An empty query
 * matches everything with score 0. `reader` is the language of the translation the reader sees
 * (none for the original's readers). It runs for every item of a listing with a search, so it
 * only asks where each term first stands in the title, and elsewhere only when not there.
 */
export function matchDocument(
  document: SearchDocument,
  query: Query,
  reader?: string | null,
): Match | null {
  const own = reader
    ? document.translations.find((translation) => translation.lang === reader)
    : undefined;
  let inTitle = 0;
  let first = Number.MAX_SAFE_INTEGER;
  let level: number = own === undefined ? READER_LEVELS.none : READER_LEVELS.whole;
  let latin = 0;
  for (const clause of query.clauses) {
    let matched = false;
    // The best-standing alternative for the reader decides, as any alternative would match.
    let clauseLevel: number = READER_LEVELS.none;
    for (const alternative of clause) {
      let found = true;
      let hits = 0;
      let earliest = Number.MAX_SAFE_INTEGER;
      // An alternative in Chinese alone (a synonym, 人民币) says nothing of the reader's title.
      let standing: number = alternative.some((atom) => atom.kind !== 'cjk')
        ? READER_LEVELS.whole
        : READER_LEVELS.none;
      for (const atom of alternative) {
        const at = firstInTitle(document, atom);
        if (at !== -1) {
          hits += 1;
          earliest = Math.min(earliest, at);
        } else if (!foundElsewhere(document, atom)) {
          found = false;
          break;
        }
        if (own !== undefined && atom.kind !== 'cjk') {
          standing = Math.min(standing, readerStanding(own, atom));
        }
      }
      if (!found) continue;
      if (!matched) {
        inTitle += hits;
        first = Math.min(first, earliest);
      }
      matched = true;
      clauseLevel = Math.max(clauseLevel, standing);
      if (own === undefined || clauseLevel === READER_LEVELS.whole) break;
    }
    if (!matched) return null;
    if (clause.some((alternative) => alternative.some((atom) => atom.kind !== 'cjk'))) {
      latin += 1;
      level = Math.min(level, clauseLevel);
    }
  }
  const reading = latin === 0 ? READER_LEVELS.none : level;
  const phrase = queryAsPhrase(query);
  const whole = phrase.length > 1 && document.title.includes(phrase) ? 1 : 0;
  const early = EARLY - 1 - Math.min(first, EARLY - 1);
  return {
    score: reading * READER + whole * WHOLE + Math.min(inTitle, QUERY_TERMS_MAX) * EARLY + early,
  };
}

function readerStanding(own: Searched, atom: Atom): number {
  if (inText(own, atom, true)) return READER_LEVELS.whole;
  return inText(own, atom, false) ? READER_LEVELS.found : READER_LEVELS.none;
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
          .filter((atom) => atom.kind !== 'latin' && atom.kind !== 'stem')
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
    scanTitle(document, atom, (start, end) => {
      title.push([start, end]);
      return false;
    });
    for (const translation of document.translations) {
      const { lang } = translation;
      const ranges = translations[lang] ?? [];
      scanTranslation(translation, atom, (start, end) => {
        ranges.push([start, end]);
        return false;
      });
      if (ranges.length > 0) translations[lang] = ranges;
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
