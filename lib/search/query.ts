import { QUERY_MAX_LENGTH, QUERY_TERMS_MAX } from '@/lib/constants';
import { foldText } from './fold';
import { isCyrillicWord, stemOf } from './stem';
import { synonymsOf } from './synonyms';

/**
 * What a free-text query means. Terms are all required; `OR` between two terms makes either do;
 * a quoted phrase matches as written; Chinese typed without spaces is split into words (ICU's
 * word segmentation, as `Intl.Segmenter` gives it); a Latin word is pinyin or English.
 *
 * A query is a conjunction of clauses, a clause a disjunction of alternatives, an alternative a
 * conjunction of atoms: `沈阳论坛 研修班 OR 培训班` is (沈阳 ∧ 论坛) ∧ ((研修 ∧ 班) ∨ (培训 ∧ 班)),
 * whatever the segmenter makes of each word. A word in the synonym table is a clause of its own
 * alternatives: `rmb` is rmb ∨ renminbi ∨ yuan ∨ 人民币. So adding a term can only narrow a result, and
 * `A OR B` finds exactly what A and B find between them.
 */
export interface Query {
  clauses: Alternative[][];
}

type Alternative = Atom[];

export interface Atom {
  /**
   * `cjk`: folded Chinese (or other non-Latin) text, found anywhere in the title or place names.
   * `latin`: a lower-case Latin word or number, found as pinyin syllables from their start, as
   * the start of an English word, or inside the title's own digits and Latin words.
   * `phrase`: quoted text, found as written (folded) in the title or a translation.
   * `word`: whole Latin words, never pinyin nor a word's beginning: a hyphenated word as typed
   * (`people-to-people` is not `people's`) or an English synonym (./synonyms.ts).
   * `stem`: a Russian word as its stem (./stem.ts), found as the beginning of a Cyrillic word of
   * a translation or a place's name, whatever its ending: `форума` finds форум, форумы, форумах.
   */
  kind: 'cjk' | 'latin' | 'phrase' | 'word' | 'stem';
  text: string;
}

const QUOTED = /"([^"]*)"|“([^”]*)”|「([^」]*)」|«([^»]*)»|„([^“]*)“/g;
const LATIN = /^[a-z0-9]+$/;
const HYPHENATED = /^[a-z]+(?:-[a-z]+)+$/;
const NOT_LATIN = /[^a-z0-9 -]/;
const OR = 'OR';
// Stands in for a quoted phrase while the rest is split: no typed text contains it.
const PHRASE_MARK = '\u{F8FF}';

let segmenter: Intl.Segmenter | undefined;

/** Chinese words of a run of text; Latin words and numbers come out as their own words. */
function words(text: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

function atomsOf(token: string): Atom[] {
  const folded = foldText(token);
  if (HYPHENATED.test(folded)) return [{ kind: 'word', text: folded }];
  return words(folded).map((word): Atom => {
    if (LATIN.test(word)) return { kind: 'latin', text: word };
    if (isCyrillicWord(word)) return { kind: 'stem', text: stemOf(word) };
    return { kind: 'cjk', text: word };
  });
}

/** A typed word and, when the synonym table has it, each synonym as an alternative of its own. */
function alternativesOf(token: string): Alternative[] {
  const own = atomsOf(token);
  const only = own.length === 1 ? own[0] : undefined;
  if (only === undefined || only.kind === 'cjk' || only.kind === 'stem')
    return own.length === 0 ? [] : [own];
  return [
    own,
    ...synonymsOf(only.text).map(
      (synonym): Alternative => [{ kind: NOT_LATIN.test(synonym) ? 'cjk' : 'word', text: synonym }],
    ),
  ];
}

/**
 * Reads a query; an empty or blank one has no clauses (it matches everything), one with text
 * but no words or phrases has one clause that nothing satisfies.
 */
export function parseQuery(raw: string): Query {
  const text = raw.slice(0, QUERY_MAX_LENGTH);
  // Phrases first, so the spaces and ORs inside quotes stay theirs.
  const phrases: string[] = [];
  const bare = text.replace(QUOTED, (_, ...groups: Array<string | undefined>) => {
    phrases.push(foldText(groups.slice(0, 5).find((group) => group !== undefined) ?? '').trim());
    return ` ${PHRASE_MARK}${phrases.length - 1} `;
  });
  const clauses: Alternative[][] = [];
  let joinNext = false;
  for (const token of bare.split(/\s+/).filter((part) => part !== '')) {
    if (token === OR) {
      joinNext = clauses.length > 0;
      continue;
    }
    const phrase = token.startsWith(PHRASE_MARK) ? /^.(\d+)$/.exec(token) : null;
    const phraseText = phrase ? (phrases[Number(phrase[1])] ?? '') : '';
    const alternatives: Alternative[] = phrase
      ? phraseText === ''
        ? []
        : [[{ kind: 'phrase', text: phraseText }]]
      : alternativesOf(token);
    if (alternatives.length === 0) continue;
    if (joinNext) clauses.at(-1)?.push(...alternatives);
    else clauses.push(alternatives);
    joinNext = false;
  }
  // Typed text with nothing to search for (`%`, `？`) finds nothing: reading it as no query
  // would show every item under a heading that says it was searched for.
  if (clauses.length === 0 && bare.trim() !== '') return { clauses: [[]] };
  return { clauses: capped(clauses) };
}

/** At most QUERY_TERMS_MAX atoms in all; those beyond are ignored, as the page says. */
function capped(clauses: Alternative[][]): Alternative[][] {
  let left = QUERY_TERMS_MAX;
  const kept: Alternative[][] = [];
  for (const clause of clauses) {
    const alternatives = clause
      .map((alternative) => alternative.slice(0, Math.max(0, left)))
      .filter((alternative) => alternative.length > 0);
    if (alternatives.length === 0) break;
    left -= Math.max(...alternatives.map((alternative) => alternative.length));
    kept.push(alternatives);
  }
  return kept;
}

/** Every atom of the query, for highlighting. */
export function atomsIn(query: Query): Atom[] {
  return query.clauses.flat(2);
}
