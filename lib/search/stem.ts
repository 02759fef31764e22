import { stemmer } from '@orama/stemmers/russian';

/** A Cyrillic word of a folded text: where it stands, and its stem. */
export interface StemmedWord {
  start: number;
  end: number;
  stem: string;
}

const CYRILLIC_WORD = /\p{Script=Cyrillic}+/gu;
const HAS_CYRILLIC = /\p{Script=Cyrillic}/u;

/** Whether a folded word is Cyrillic, so searched by its stem. */
export function isCyrillicWord(word: string): boolean {
  return HAS_CYRILLIC.test(word) && word.replace(CYRILLIC_WORD, '') === '';
}

/**
 * A folded Cyrillic word's stem by the Snowball Russian stemmer: its ending taken off, so every
 * form of a word (форум, форума, форумы) has the same one. The stem is a beginning of the word.
 */
export function stemOf(word: string): string {
  return stemmer(word);
}

const NONE: readonly StemmedWord[] = [];

/** The Cyrillic words of a folded text with their stems; none (shared) for text without any. */
export function stemmedWords(text: string): readonly StemmedWord[] {
  if (!HAS_CYRILLIC.test(text)) return NONE;
  return [...text.matchAll(CYRILLIC_WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    stem: stemOf(match[0]),
  }));
}
