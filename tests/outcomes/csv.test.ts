import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '@/lib/catalogue/address';
import type { CatalogueItem, CategoryEntry, PlaceEntry, Term } from '@/lib/catalogue/model';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { csvFileName, outcomesCsv, toCsv } from '@/lib/outcomes/csv';
import { names } from '../support/names';

describe('toCsv', () => {
  /** One field as the file writes it: a one-cell file without its byte-order mark and CRLF. */
  const cell = (value: string | number) => toCsv([[value]]).slice(1, -2);

  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('\uFEFFa,b\r\nc,1\r\n');
  });

  // '\r=1' is neutralised too, and quoted: see below.
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '＝SUM(A1)', '＋1', '－1', '＠A1'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(cell(value)).toBe(`'${value}`);
    },
  );

  it.each(['沈阳倡议', '2025年', 'a=b', ' =1', "'quoted", ''])('leaves %j alone', (value) => {
    expect(cell(value)).toBe(value);
  });

  it('quotes fields holding a comma, quote or line break, doubling quotes', () => {
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('one\ntwo')).toBe('"one\ntwo"');
    expect(cell('one\rtwo')).toBe('"one\rtwo"');
    expect(cell('plain')).toBe('plain');
  });

  it('neutralises before quoting, so the apostrophe is inside the quotes', () => {
    expect(cell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(cell('\r=1')).toBe('"\'\r=1"');
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(cell(83)).toBe('83');
    expect(cell(-1)).toBe('-1');
  });
});

// ------------------------------------------------------------------------------------------
// The export of items: two made by hand, the first with a hostile title.

const ENGLISH = LOCALE_LIST.find((locale) => locale.key === 'en') as Locale;

const term = (key: string, zh: string, en: string): Term => ({ key, names: names(zh, en) });
const place = (slug: string, zh: string, en: string, parent: string | null): PlaceEntry => ({
  slug,
  names: names(zh, en),
  full: null,
  kind: 'city',
  parent,
  lat: null,
  lon: null,
  aliases: [zh],
  itemCount: 1,
  inferredCount: 0,
});

const DOCUMENTS_2: CategoryEntry = {
  section: 'documents',
  ordinal: 2,
  value: 'documents.2',
  heading: null,
  line: null,
  headingTranslations: {},
  declaredCount: null,
  declaredMeasure: null,
  inferred: true,
  range: { first: 25, last: 90 },
  found: 23,
  missing: [{ first: 25, last: 67 }],
  sectionOrdinal: 2,
  sectionInferred: false,
};

function item(fields: Partial<CatalogueItem> & Pick<CatalogueItem, 'key' | 'number' | 'title'>) {
  return {
    section: 'documents',
    translations: {},
    index: 0,
    category: DOCUMENTS_2,
    firstLine: 1,
    lastLine: 1,
    type: term('agreement', '协议', 'Agreement'),
    secondaryType: null,
    topics: [],
    years: [],
    commitments: [],
    ordinals: [],
    places: [],
    pinyin: [],
    produced: [],
    producedBy: [],
    ...fields,
  } satisfies CatalogueItem;
}

const HOSTILE = item({
  key: 'documents-83',
  number: 83,
  title: '=cmd|" /C calc"!A0',
  translations: { en: '@SUM(1+1)' },
  secondaryType: term('ceremony', '仪式', 'Ceremony'),
  topics: [term('friendship', '友好交往', 'Friendship'), term('law', '法律', 'Law')],
  years: ['2024', '2025'],
  places: [
    {
      via: 'named',
      place: place('shenyang', '沈阳市', 'Shenyang', 'liaoning'),
      fact: null,
      linked: null,
      word: null,
      heading: null,
      role: 'party',
    },
    {
      via: 'named',
      place: place('egypt', '阿拉伯埃及共和国', 'Egypt', null),
      fact: null,
      linked: null,
      word: null,
      heading: null,
      role: 'party',
    },
    // A container is not listed: the row names the places the item is about.
    {
      via: 'parent',
      place: place('liaoning', '辽宁省', 'Liaoning', 'china'),
      fact: null,
      linked: null,
      word: null,
      heading: null,
      role: 'party',
    },
  ],
});
const PLAIN = item({ key: 'documents-84', number: 84, title: '意向书' });

const rowsOf = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');

describe('outcomesCsv', () => {
  beforeAll(() => {
    vi.stubEnv('SITE_URL', 'https://catalogue.example');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('is a BOM, a header row and one CRLF-ended row per item', () => {
    const csv = outcomesCsv(DEFAULT_LOCALE, [HOSTILE, PLAIN]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(rowsOf(csv)).toHaveLength(4);
    expect(rowsOf(csv)[3]).toBe('');
  });

  // The translation's column names its language, so that a second translation's is told apart.
  it('heads the columns in Chinese for the site’s language', () => {
    expect(rowsOf(outcomesCsv(DEFAULT_LOCALE, []))[0]).toBe(
      '标识,部分,类别,编号,标题,标题译文（英语）,标题译文（俄语）,类型（推断）,主题（推断）,所涉地点（推断；不列其所在的地区和国家）,地点角色（推断）,标题所注年份,承诺（推断）,届次（推断）,网址',
    );
  });

  it('writes each field of a row, hostile cells neutralised', () => {
    expect(rowsOf(outcomesCsv(DEFAULT_LOCALE, [HOSTILE]))[1]).toBe(
      [
        'documents-83',
        '成果文件',
        '成果文件（二）第25—90项',
        '83',
        '"\'=cmd|"" /C calc""!A0"',
        // The English title goes in its column whatever the page's language, neutralised too;
        // the item has no Russian title, so its column is empty.
        "'@SUM(1+1)",
        '',
        '协议、仪式',
        '友好交往、法律',
        '沈阳市、阿拉伯埃及共和国',
        '参与方：沈阳市、阿拉伯埃及共和国',
        '2024、2025',
        '',
        '',
        'https://catalogue.example/outcomes/documents/83',
      ].join(','),
    );
  });

  it('leaves empty what an item lacks', () => {
    expect(rowsOf(outcomesCsv(DEFAULT_LOCALE, [PLAIN]))[1]).toBe(
      'documents-84,成果文件,成果文件（二）第25—90项,84,意向书,,,协议,,,,,,,https://catalogue.example/outcomes/documents/84',
    );
  });

  it('heads and labels in English for the English locale, with its addresses', () => {
    const [header, row] = rowsOf(outcomesCsv(ENGLISH, [HOSTILE]));
    expect(header).toBe(
      'Identifier,Part,Category,Number,"Title (Chinese, as printed)","Title (English, unofficial translation)","Title (Russian, unofficial translation)",Type (inferred),Topics (inferred),Places tied (inferred; containing regions and countries not listed),Place roles (inferred),Years in title,Commitments (inferred),Session or edition (inferred),URL',
    );
    expect(row).toBe(
      [
        'documents-83',
        'Outcome documents',
        'Outcome documents (2) Nos. 25–90',
        '83',
        '"\'=cmd|"" /C calc""!A0"',
        "'@SUM(1+1)",
        '',
        // The English list separator is a comma, so these fields are quoted.
        '"Agreement, Ceremony"',
        '"Friendship, Law"',
        '"Shenyang, Egypt"',
        '"Parties: Shenyang, Egypt"',
        '"2024, 2025"',
        '',
        '',
        'https://catalogue.example/en/outcomes/documents/83',
      ].join(','),
    );
  });

  // Written by hand from the Russian messages' intent: the heads in Russian, each translation's
  // column naming its language in Russian, a translation missing in Russian falling to the name
  // the entry has (here the stand-in the test's names give).
  it('heads the columns in Russian for the Russian locale, with its addresses', () => {
    const RUSSIAN = LOCALE_LIST.find((locale) => locale.key === 'ru') as Locale;
    const [header, row] = rowsOf(outcomesCsv(RUSSIAN, [HOSTILE]));
    expect(header).toBe(
      'Идентификатор,Раздел,Категория,Номер,"Название (на китайском, как напечатано)","Название (английский, неофициальный перевод)","Название (русский, неофициальный перевод)",Тип (выведено),Темы (выведено),Связанные места (выведено; объемлющие регионы и страны не перечислены),Роли мест (выведено),Годы в названии,Обязательства (выведено),Заседание или выпуск (выведено),Адрес',
    );
    expect(row?.split(',').slice(0, 4)).toEqual([
      'documents-83',
      'Итоговые документы',
      'Итоговые документы (2) №\u00a025–90',
      '83',
    ]);
    expect(row?.endsWith(',https://catalogue.example/ru/outcomes/documents/83')).toBe(true);
  });

  // initiatives-8 and meetings-24 as read by hand: 20亿元人民币无偿援助 in 2025; 第十二次.
  const COMMITTING = item({
    key: 'initiatives-8',
    number: 8,
    title: '中方2025年向成员国提供20亿元人民币无偿援助',
    commitments: [
      {
        quantity: 2_000_000_000,
        unit: 'yuan',
        kind: 'grant',
        relation: null,
        period: { kind: 'year', value: 2025, start: 2, words: '2025年' },
        start: 13,
        words: '20亿元人民币无偿援助',
      },
    ],
    ordinals: [
      {
        value: 12,
        kind: 'session',
        series: '上海合作组织成员国交通部长会议',
        start: 13,
        words: '第十二次',
      },
    ],
  });

  it('writes commitments and ordinals from their numbers, in each language', () => {
    const cells = (locale: typeof ENGLISH) => {
      const row = rowsOf(outcomesCsv(locale, [COMMITTING]))[1] ?? '';
      return row.split(',https://')[0]?.split(',').slice(-2);
    };
    expect(cells(DEFAULT_LOCALE)).toEqual([
      '20亿元 · 无偿援助 · 2025年',
      '上海合作组织成员国交通部长会议（第12次）',
    ]);
    const english = rowsOf(outcomesCsv(ENGLISH, [COMMITTING]))[1] ?? '';
    expect(english).toContain(
      '"2,000,000,000 yuan · grant · in 2025",上海合作组织成员国交通部长会议 (12th session),',
    );
  });
});

describe('csvFileName', () => {
  const view = (fields: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...fields });

  it('names the file after the filters', () => {
    expect(
      csvFileName('sco-outcomes', view({ section: ['documents'], place: ['shenyang'], q: '协议' })),
    ).toBe('sco-outcomes-documents-shenyang-search.csv');
    expect(csvFileName('sco-outcomes', EMPTY_FILTERS)).toBe('sco-outcomes.csv');
  });

  it('tells a venue from a place of the same name', () => {
    expect(csvFileName('sco', view({ place: ['qingdao'] }))).toBe('sco-qingdao.csv');
    expect(csvFileName('sco', view({ venue: ['qingdao'] }))).toBe('sco-venue-qingdao.csv');
  });

  it('keeps the letters of any script in the export name', () => {
    expect(csvFileName('итоги ШОС', view({ place: ['shenyang'] }))).toBe('итоги-ШОС-shenyang.csv');
  });

  it('replaces what is not a plain file-name character and keeps the name short', () => {
    expect(csvFileName('sco', view({ category: ['meetings.2'], year: ['2025'] }))).toBe(
      'sco-meetings.2-2025.csv',
    );
    const long = csvFileName(
      'sco',
      view({ year: Array.from({ length: 50 }, (_, i) => String(2000 + i)) }),
    );
    expect(long.length).toBeLessThanOrEqual(120 + '.csv'.length);
  });
});
