import { describe, expect, it } from 'vitest';
import type { SourceInfo } from '@/lib/catalogue';
import { amountLabel, dispatchLabel, ordinalLabel, publicationLine } from '@/lib/i18n/labels';
import { localeOf } from '@/lib/i18n/locale';
import { ru } from '@/lib/messages/ru';
import { names } from '../support/names';

/**
 * The Russian interface's numbers, counts and dates, each expected string written by hand as a
 * Russian text would print it: the noun in the form its number asks (1 and 21 take the
 * nominative singular, 2–4 and 22–24 the genitive singular, 0, 5–20, 25–30 and 111 the genitive
 * plural), days as «2 сентября 2025 г.», thousands grouped by a no-break space.
 */

const RUSSIAN = localeOf('ru');
if (RUSSIAN === undefined) throw new Error('no Russian locale');
const NBSP = '\u00a0';
/** A hand-written string with its no-break spaces typed as `_`, for legibility. */
const nb = (text: string) => text.replaceAll('_', NBSP);

describe('Russian plural forms', () => {
  it.each([
    [1, '1_пункт', '1_результат'],
    [2, '2_пункта', '2_результата'],
    [5, '5_пунктов', '5_результатов'],
    [11, '11_пунктов', '11_результатов'],
    [12, '12_пунктов', '12_результатов'],
    [21, '21_пункт', '21_результат'],
    [22, '22_пункта', '22_результата'],
    [25, '25_пунктов', '25_результатов'],
    [111, '111_пунктов', '111_результатов'],
    [0, '0_пунктов', '0_результатов'],
  ])('%d', (count, items, outcomes) => {
    expect(ru.numbering.count(count)).toBe(nb(items));
    expect(ru.outcomes.results.status(count)).toBe(`Найдено: ${nb(outcomes)}`);
  });

  it.each([
    [1, 'всего 1_страница'],
    [3, 'всего 3_страницы'],
    [11, 'всего 11_страниц'],
    [21, 'всего 21_страница'],
  ])('pages beyond the results: %d', (pages, words) => {
    expect(ru.outcomes.results.pageOutOfRange(pages)).toBe(
      `Эта страница лежит за пределами результатов (${nb(words)}).`,
    );
  });

  it('counts rows in the genitive after «из»', () => {
    expect(ru.outcomes.export.csvTruncated(100, 223)).toBe(
      nb('Таблица CSV (первые 100 из 223_строк)'),
    );
    expect(ru.outcomes.export.csvTruncated(100, 221)).toBe(
      nb('Таблица CSV (первые 100 из 221_строки)'),
    );
    expect(ru.outcomes.export.csv(1)).toBe(nb('Таблица CSV (1_строка)'));
    expect(ru.outcomes.export.csv(24)).toBe(nb('Таблица CSV (24_строки)'));
  });

  it.each([
    [1, 'на ближайший год'],
    [3, 'на ближайшие 3_года'],
    [5, 'на ближайшие 5_лет'],
    [21, 'на ближайшие 21_год'],
  ])('a period of %d years', (years, words) => {
    expect(ru.numbers.period['next-years'](years)).toBe(nb(words));
  });

  it('agrees the participle with the number on the map', () => {
    expect(ru.map.point('Шэньян', 5, 1)).toBe(nb('Шэньян: 5_пунктов, из них 1 проведён здесь'));
    expect(ru.map.point('Шэньян', 5, 3)).toBe(nb('Шэньян: 5_пунктов, из них 3 проведены здесь'));
  });

  it('writes amounts with the unit in its form from data/numbers.json', () => {
    expect(amountLabel(RUSSIAN, 2_000_000_000, 'yuan')).toBe(
      `2${NBSP}000${NBSP}000${NBSP}000 юаней`,
    );
    expect(amountLabel(RUSSIAN, 1, 'workshop')).toBe('1 мастерская');
    expect(amountLabel(RUSSIAN, 21, 'yuan')).toBe('21 юань');
    expect(amountLabel(RUSSIAN, 22, 'patient')).toBe('22 пациента');
    expect(amountLabel(RUSSIAN, 10_000, 'training-place')).toBe(`10${NBSP}000 мест на обучение`);
  });

  it('writes ordinals with the Russian ending', () => {
    expect(ordinalLabel(RUSSIAN, { value: 12, kind: 'session' })).toBe('12-е заседание');
    expect(ordinalLabel(RUSSIAN, { value: 5, kind: 'edition' })).toBe('5-й по счёту');
  });
});

describe('Russian dates and quotes', () => {
  it.each([
    ['2025-09-02', '2 сентября 2025 г.'],
    ['2025-09-01', '1 сентября 2025 г.'],
    ['2024-07-04', '4 июля 2024 г.'],
    ['2025-05-31', '31 мая 2025 г.'],
  ])('%s', (iso, prose) => {
    expect(RUSSIAN.day(iso).replace(/\s/g, ' ')).toBe(prose);
  });

  it('names the dispatch and the newspaper page each for what it is', () => {
    const source = {
      dispatch: {
        place: { printed: '天津', entry: { slug: 'tianjin', names: names('天津市', 'Tianjin') } },
        date: '2025-09-01',
        yearFrom: 'page',
      },
      page: { date: '2025-09-02' },
    } as unknown as SourceInfo;
    // The stand-in Russian name from the test's names; the data's own is Тяньцзинь.
    expect(dispatchLabel(RUSSIAN, source).replace(/\s/g, ' ')).toBe(
      'Синьхуа, Tianjin [ru], 1 сентября 2025 г.',
    );
    expect(publicationLine(RUSSIAN, source).replace(/\s/g, ' ')).toBe(
      'Синьхуа, Tianjin [ru], 1 сентября 2025 г. (газетная полоса от 2 сентября 2025 г.)',
    );
  });

  it('quotes in «ёлочки» and marks the translation unofficial', () => {
    expect(ru.outcomes.quoted('форум')).toBe('«форум»');
    expect(ru.translation.unofficial).toBe('неофициальный перевод');
  });
});
