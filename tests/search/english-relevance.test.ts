import { describe, expect, it } from 'vitest';
import { ITEMS, marked, ranked, search } from './real-list';

/**
 * What a reader of the English edition types, on the real list. Expected keys were read off the
 * source text (元人民币 in initiatives 8 and 9, 援助 in meetings 186 and initiatives 8, 中小企业 in
 * meetings 165) and data/translations/en.json by hand.
 */

/** The two titles whose English says "yuan": China's grant assistance and its new loans. */
const YUAN = ['initiatives-8', 'initiatives-9'];

/** The four titles translated with "People-to-People"; the People's Republic is not among them. */
const PEOPLE_TO_PEOPLE = ['meetings-70', 'meetings-81', 'meetings-149', 'documents-68'];

describe('English words first for readers of English', () => {
  it('puts the two titles saying "yuan" first, before the pinyin of 员, 院, 愿, 源, 园', () => {
    const found = ranked('yuan', 'en');
    expect(found.slice(0, 2)).toEqual(YUAN);
    // The pinyin matches are still found, after them.
    expect(found.length).toBeGreaterThan(40);
  });

  it('ranks for readers of the original as before: the first character read yuan first', () => {
    expect(ranked('yuan').slice(0, 2)).not.toEqual(YUAN);
  });

  it('ranks a word found whole above one found only as a word’s start', () => {
    // "assist" begins "assistance" in two titles; `assistance` finds them as a whole word.
    expect(ranked('assistance', 'en').slice(0, 2).sort()).toEqual(
      ['initiatives-8', 'meetings-186'].sort(),
    );
  });
});

describe('hyphenated words', () => {
  it('`people-to-people` finds the four People-to-People titles, not "People’s Republic"', () => {
    expect(search('people-to-people')).toEqual(PEOPLE_TO_PEOPLE);
    expect(search('People-to-People')).toEqual(PEOPLE_TO_PEOPLE);
    expect(search('people-to-people')).not.toContain('documents-74');
  });

  it('`e-commerce` finds exactly the titles whose English holds it as a word', () => {
    const wanted = ITEMS.filter((item) => /\be-commerce\b/i.test(item.en)).map((item) => item.key);
    expect(wanted.length).toBeGreaterThan(0);
    expect(search('e-commerce')).toEqual(wanted);
  });

  it('matches a hyphenated word’s parts whole: `people-to` finds them, `people-t` nothing', () => {
    expect(search('people-to')).toEqual(PEOPLE_TO_PEOPLE);
    expect(search('people-t')).toEqual([]);
  });
});

describe('synonyms (data/search-synonyms.json)', () => {
  it('`RMB` and `renminbi` find the titles in 元人民币, the English saying "yuan"', () => {
    expect(search('RMB')).toEqual(YUAN);
    expect(search('renminbi')).toEqual(YUAN);
    expect(search('人民币')).toEqual(YUAN);
  });

  it('`aid` finds 援助: the humanitarian assistance seminar and the grant assistance', () => {
    expect(search('aid')).toEqual(['meetings-186', 'initiatives-8']);
  });

  it('`SME` finds the seminar on small and medium-sized enterprises (中小企业)', () => {
    expect(search('SME')).toEqual(['meetings-165']);
  });

  it('marks what the synonym found, in the title and in the English', () => {
    expect(marked('initiatives-9', 'rmb')).toEqual({ title: ['人民币'], en: ['yuan'] });
  });

  it('keeps `A OR B` the union of what each finds', () => {
    expect(search('rmb OR sme')).toEqual(['meetings-165', ...YUAN]);
  });
});
