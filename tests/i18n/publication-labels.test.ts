import { describe, expect, it } from 'vitest';
import type { PlaceEntry, SourceInfo } from '@/lib/catalogue';
import { dispatchLabel, publicationLine } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, localeOf } from '@/lib/i18n/locale';
import { names } from '../support/names';

const CHINESE = DEFAULT_LOCALE;
const ENGLISH = localeOf('en') ?? DEFAULT_LOCALE;

const TIANJIN: PlaceEntry = {
  slug: 'tianjin',
  names: names('天津市', 'Tianjin'),
  full: null,
  kind: 'city',
  parent: 'china',
  lat: null,
  lon: null,
  aliases: ['天津市', '天津'],
  itemCount: 0,
  inferredCount: 0,
};

/** The real copy's facts, as read by hand: line 101's dateline, line 288's page date. */
const REAL: SourceInfo = {
  title: null,
  fileName: 'xinhua-sco-outcomes-2025-09-02.txt',
  sha256: '',
  dispatch: {
    place: { printed: '天津', entry: TIANJIN },
    date: '2025-09-01',
    yearFrom: 'page',
    line: 101,
  },
  page: { date: '2025-09-02', line: 288 },
  ingestedAt: '2026-01-01T00:00:00.000Z',
};

describe('days in prose', () => {
  it.each([
    ['2025-09-01', '2025年9月1日', '1 September 2025'],
    ['2025-12-31', '2025年12月31日', '31 December 2025'],
    ['2026-01-01', '2026年1月1日', '1 January 2026'],
  ])('%s is %s and %s, never shifted by a time zone', (iso, zh, en) => {
    expect(CHINESE.day(iso)).toBe(zh);
    expect(ENGLISH.day(iso)).toBe(en);
  });
});

describe('the publication, each fact named for what it is', () => {
  it('the real copy: Xinhua’s Tianjin dispatch of 1 September, on the page of 2 September', () => {
    expect(publicationLine(CHINESE, REAL)).toBe(
      '新华社天津2025年9月1日电；所据文本取自2025年9月2日报纸版面',
    );
    expect(publicationLine(ENGLISH, REAL)).toBe(
      'Xinhua, Tianjin, 1 September 2025 (newspaper page of 2 September 2025)',
    );
    expect(dispatchLabel(CHINESE, REAL)).toBe('新华社天津2025年9月1日电');
    expect(dispatchLabel(ENGLISH, REAL)).toBe('Xinhua, Tianjin, 1 September 2025');
  });

  it('a year from the file’s name says so', () => {
    const source: SourceInfo = {
      ...REAL,
      dispatch: {
        place: REAL.dispatch?.place ?? null,
        date: '2025-09-01',
        yearFrom: 'file-name',
        line: 101,
      },
      page: null,
    };
    expect(publicationLine(CHINESE, source)).toBe('新华社天津2025年9月1日电（年份据文件名推断）');
    expect(publicationLine(ENGLISH, source)).toBe(
      'Xinhua, Tianjin, 1 September 2025 (year inferred from the file name)',
    );
  });

  it('what the copy does not say is left out, not guessed', () => {
    const noYear: SourceInfo = {
      ...REAL,
      dispatch: { place: REAL.dispatch?.place ?? null, date: null, yearFrom: null, line: 101 },
      page: null,
    };
    expect(publicationLine(CHINESE, noYear)).toBe('新华社天津电');
    expect(publicationLine(ENGLISH, noYear)).toBe('Xinhua, Tianjin');
    const pageOnly: SourceInfo = { ...REAL, dispatch: null };
    expect(publicationLine(CHINESE, pageOnly)).toBe('新华社电；所据文本取自2025年9月2日报纸版面');
    expect(publicationLine(ENGLISH, pageOnly)).toBe('Xinhua (newspaper page of 2 September 2025)');
  });

  it('a place the gazetteer lacks stays as printed in every language', () => {
    const elsewhere: SourceInfo = {
      ...REAL,
      dispatch: {
        place: { printed: '霍尔果斯', entry: null },
        date: '2025-09-01',
        yearFrom: 'page',
        line: 101,
      },
    };
    expect(dispatchLabel(CHINESE, elsewhere)).toBe('新华社霍尔果斯2025年9月1日电');
    expect(dispatchLabel(ENGLISH, elsewhere)).toBe('Xinhua, 霍尔果斯, 1 September 2025');
  });
});
