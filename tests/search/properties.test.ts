import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinOf } from '@/lib/search/pinyin';
import { ITEMS, search } from './real-list';

/**
 * The algebra the query syntax promises (lib/search/query.ts), checked on the real list with
 * words drawn from what one item holds: Chinese words of its title, English words of its
 * translation and pinyin syllables of its characters. Drawn so, the terms find their item, and
 * the share of cases comparing non-empty results is counted and held to a floor (before they
 * were drawn per item, 96 % and 90 % of the cases compared two empty lists).
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words one item holds: Chinese words of its title, English ones of its translation, pinyin. */
function wordsOf(item: (typeof ITEMS)[number]): string[] {
  const chinese = [...segmenter.segment(item.title)]
    .filter((segment) => segment.isWordLike && /\p{Script=Han}/u.test(segment.segment))
    .map((segment) => segment.segment);
  const english = (item.en.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => word !== 'OR');
  const syllables = pinyinOf(item.title).filter((syllable) => /^[a-z]+$/.test(syllable));
  return [...new Set([...chinese, ...english, ...syllables])];
}

const POOLS = ITEMS.map((item) => ({ key: item.key, words: wordsOf(item) })).filter(
  (pool) => pool.words.length > 0,
);

/**
 * Terms drawn from one item's own words, so the search for all of them finds at least that item:
 * the comparisons below are between non-empty results, not two empty lists.
 */
const itemTerms = (min: number, max: number) =>
  fc
    .constantFrom(...POOLS)
    .chain((pool) =>
      fc
        .array(fc.constantFrom(...pool.words), { minLength: min, maxLength: max })
        .map((terms) => ({ key: pool.key, terms })),
    );

/** Of each property's cases, the share whose compared results are non-empty; asserted below. */
const MIN_CHECKED_SHARE = 0.95;
const checked = { cases: 0, nonEmpty: 0 };
function tally(nonEmpty: boolean): void {
  checked.cases += 1;
  if (nonEmpty) checked.nonEmpty += 1;
}

const union = (a: readonly string[], b: readonly string[]) =>
  ITEMS.map((item) => item.key).filter((key) => a.includes(key) || b.includes(key));

describe('search properties on the real list', () => {
  it('draws from pools that find their item', () => {
    expect(POOLS.length).toBeGreaterThan(ITEMS.length * 0.9);
    for (const pool of POOLS) expect(search(pool.words.join(' ')), pool.key).toContain(pool.key);
  });

  it('never finds more for one more term', () => {
    fc.assert(
      fc.property(itemTerms(2, 4), ({ key, terms }) => {
        const extra = terms.at(-1) as string;
        const before = search(terms.slice(0, -1).join(' '));
        const after = search([...terms.slice(0, -1), extra].join(' '));
        tally(after.includes(key));
        for (const found of after) expect(before).toContain(found);
      }),
      { numRuns: 150 },
    );
  });

  it('finds with `A OR B` exactly what A and B find between them', () => {
    fc.assert(
      fc.property(itemTerms(1, 1), itemTerms(1, 1), (a, b) => {
        const [termA, termB] = [a.terms[0] as string, b.terms[0] as string];
        const [foundA, foundB] = [search(termA), search(termB)];
        tally(foundA.includes(a.key) && foundB.includes(b.key));
        expect(search(`${termA} OR ${termB}`)).toEqual(union(foundA, foundB));
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same whatever the order of the terms', () => {
    fc.assert(
      fc.property(itemTerms(2, 2), ({ key, terms: [a, b] }) => {
        const found = search(`${a} ${b}`);
        tally(found.includes(key));
        expect(found).toEqual(search(`${b} ${a}`));
      }),
      { numRuns: 100 },
    );
  });

  it(`compares non-empty results in at least ${MIN_CHECKED_SHARE * 100} % of the cases above`, () => {
    expect(checked.cases).toBe(400);
    expect(checked.nonEmpty / checked.cases).toBeGreaterThanOrEqual(MIN_CHECKED_SHARE);
  });
});
