import { describe, expect, it } from 'vitest';
import russian from '@/data/translations/ru.json' with { type: 'json' };
import { ITEMS, markedRussian, ranked, search } from './real-list';

/**
 * Russian search over the 223 titles of the real list with their Russian translations
 * (data/translations/ru.json) and the Russian names of the places each title names. The oracles
 * are regular expressions written here by hand over the Russian titles, not the search code: the
 * forms of a noun as Russian declines it, a stem as the reader would cut it.
 */

const RU: Readonly<Record<string, string>> = russian.titles;

/** The keys of the items whose Russian title the pattern finds, in list order. */
const russianTitlesMatching = (pattern: RegExp) =>
  ITEMS.filter((item) => pattern.test(RU[item.key] ?? '')).map((item) => item.key);

/** The noun форум in each of its twelve case forms, as a whole word, any case of letters. */
const FORUM = /(?<!\p{L})форум(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\p{L})/iu;

/** The five titles with 沈阳 (Shenyang) in them, read off the Chinese. */
const SHENYANG = ['documents-68', 'documents-83', 'documents-88', 'documents-89', 'documents-90'];

describe('Russian search on the real list', () => {
  it('finds the titles with a form of форум, whichever form is typed', () => {
    const expected = russianTitlesMatching(FORUM);
    // 18 forums among the meetings, two more, two documents and three initiatives, as in English.
    expect(expected).toHaveLength(25);
    for (const query of ['форум', 'форума', 'форумы', 'ФОРУМАХ', 'Форумом']) {
      expect(search(query), query).toEqual(expected);
    }
  });

  it('finds the Shenyang items by the Russian name, in either case and any form', () => {
    for (const query of ['шэньян', 'Шэньян', 'ШЭНЬЯНЕ', 'шэньяна']) {
      expect(search(query), query).toEqual(SHENYANG);
    }
    // The adjective is a word of its own: Шэньянская инициатива, Шэньянским народным обществом.
    expect(search('шэньянская')).toEqual(russianTitlesMatching(/Шэньянск/));
    expect(search('шэньянская')).toEqual(['documents-68', 'documents-83']);
  });

  it('takes ё and е for one letter, as typed and as printed', () => {
    // Every word beginning молодёж/молодеж: молодёжь in its forms and молодёжный.
    const expected = russianTitlesMatching(/(?<!\p{L})молод[её]ж/iu);
    expect(expected.length).toBeGreaterThan(3);
    for (const query of ['молодежь', 'молодёжи', 'МОЛОДЁЖЬ']) {
      expect(search(query), query).toEqual(expected);
    }
  });

  it('requires every word, Russian and other, and OR between two finds either', () => {
    expect(search('форум шэньян')).toEqual(['documents-68']);
    expect(search('форум 沈阳')).toEqual(['documents-68']);
    const atyrau = russianTitlesMatching(/Атырау/);
    expect(atyrau).toEqual(['documents-84', 'documents-89']);
    expect(search('шэньян OR атырау')).toEqual(
      ITEMS.map((item) => item.key).filter((key) => SHENYANG.includes(key) || atyrau.includes(key)),
    );
  });

  it('quotes a phrase in «ёлочки» and finds it as written', () => {
    expect(search('«женский форум»')).toEqual(['meetings-74']);
    expect(search('«форумы женские»')).toEqual([]);
  });

  it('marks the form the title holds, whole, wherever it stands', () => {
    expect(markedRussian('meetings-70', 'форумы')).toEqual(['Форум', 'Форум']);
    expect(markedRussian('documents-68', 'форум шэньян')).toEqual([
      'Шэньянская',
      'Форума',
      'Форума',
    ]);
    expect(markedRussian('documents-83', 'Шэньян')).toEqual(['Шэньянским']);
    expect(markedRussian('documents-88', 'шэньяна')).toEqual(['Шэньян']);
  });

  it('ranks for a Russian reader the titles whose Russian holds the word itself first', () => {
    // 论坛 is in every title found, so the order among them is the list's; none is dropped.
    expect(ranked('форум', 'ru')).toHaveLength(25);
    expect(new Set(ranked('форум', 'ru'))).toEqual(new Set(search('форум')));
  });
});
