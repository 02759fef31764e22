import { describe, expect, it } from 'vitest';
import { EXPECTED } from '../support/expected';
import { ranked } from './real-list';

/**
 * A query finds an item through the heading of its category too, below the items whose title
 * holds it. Expected keys come from the hand-made tables: the summit's initiatives are the 23 of
 * （一）中方在天津峰会上提出的倡议, "Initiatives China put forward at the Tianjin Summit".
 */

const SUMMIT = EXPECTED.filter((item) => item.section === 'initiatives' && item.category === 1).map(
  (item) => item.key,
);

describe('headings in search', () => {
  it('finds the summit’s 23 initiatives by 天津峰会, which no title holds', () => {
    expect(SUMMIT).toHaveLength(23);
    expect(EXPECTED.filter((item) => item.title.includes('天津峰会'))).toEqual([]);
    expect(ranked('天津峰会')).toEqual(SUMMIT);
  });

  it('finds them by “Tianjin Summit”, below the item whose own English title says it', () => {
    // meetings-145's English title holds both words (welcoming the SCO Summit, Tianjin's colours).
    expect(ranked('Tianjin Summit')).toEqual(['meetings-145', ...SUMMIT]);
  });

  it('ranks a title holding the term above items found only by their heading', () => {
    const found = ranked('倡议');
    const inTitle = EXPECTED.filter((item) => item.title.includes('倡议')).map((item) => item.key);
    const byHeading = EXPECTED.filter(
      (item) => item.section === 'initiatives' && !item.title.includes('倡议'),
    ).map((item) => item.key);
    expect(inTitle.length).toBeGreaterThan(0);
    expect(found.slice(0, inTitle.length).sort()).toEqual([...inTitle].sort());
    expect(found.slice(inTitle.length)).toEqual(byHeading);
  });
});
