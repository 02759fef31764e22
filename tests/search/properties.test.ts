import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinOf } from '@/lib/search/pinyin';
import { ITEMS, search } from './real-list';

/**
 * The algebra the query syntax promises (lib/search/query.ts), checked on the real list with
 * words drawn from what its items hold: Chinese words of the titles, English words of the
 * translations and pinyin syllables of the characters.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const chinese = ITEMS.flatMap((item) =>
  [...segmenter.segment(item.title)]
    .filter((segment) => segment.isWordLike && /\p{Script=Han}/u.test(segment.segment))
    .map((segment) => segment.segment),
);
const english = ITEMS.flatMap((item) => item.en.match(/[A-Za-z]{2,}/g) ?? []).filter(
  (word) => word !== 'OR',
);
const syllables = ITEMS.flatMap((item) =>
  pinyinOf(item.title).filter((syllable) => /^[a-z]+$/.test(syllable)),
);
const word = fc.constantFrom(...new Set([...chinese, ...english, ...syllables]));

const union = (a: readonly string[], b: readonly string[]) =>
  ITEMS.map((item) => item.key).filter((key) => a.includes(key) || b.includes(key));

describe('search properties on the real list', () => {
  it('draws from a pool that finds things', () => {
    expect(search(chinese[0] ?? '')).not.toEqual([]);
  });

  it('never finds more for one more term', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), word, (terms, extra) => {
        const before = search(terms.join(' '));
        const after = search([...terms, extra].join(' '));
        for (const key of after) expect(before).toContain(key);
      }),
      { numRuns: 150 },
    );
  });

  it('finds with `A OR B` exactly what A and B find between them', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(search(`${a} OR ${b}`)).toEqual(union(search(a), search(b)));
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same whatever the order of the terms', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(search(`${a} ${b}`)).toEqual(search(`${b} ${a}`));
      }),
      { numRuns: 100 },
    );
  });
});
