import { describe, expect, it } from 'vitest';
import { toRow } from '@/components/outcomes/result-row';
import type { CatalogueItem, CategoryEntry, PlaceEntry, PlaceTag } from '@/lib/catalogue/model';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { names } from '../../support/names';

const ENGLISH = LOCALE_LIST.find((locale) => locale.key === 'en') as Locale;

const place = (slug: string, zh: string, en: string): PlaceEntry => ({
  slug,
  names: names(zh, en),
  full: null,
  kind: 'city',
  parent: null,
  lat: null,
  lon: null,
  aliases: [zh],
  itemCount: 1,
  inferredCount: 0,
});
const tag = (via: PlaceTag['via'], entry: PlaceEntry): PlaceTag => ({
  via,
  place: entry,
  fact: null,
  linked: null,
  word: null,
  heading: null,
  role: 'venue',
});

const CATEGORY: CategoryEntry = {
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
  missing: [],
  sectionOrdinal: 2,
  sectionInferred: false,
};

/** 沈阳市人民对外友好协会与埃及—中国友好协会建立友好合作关系协议, reduced to what a row shows. */
const ITEM: CatalogueItem = {
  key: 'documents-83',
  section: 'documents',
  number: 83,
  title: '沈阳市与埃及协议',
  translations: { en: 'Agreement between Shenyang and Egypt' },
  index: 0,
  category: CATEGORY,
  firstLine: 1,
  lastLine: 1,
  type: { key: 'agreement', names: names('协议', 'Agreement') },
  secondaryType: { key: 'ceremony', names: names('仪式', 'Ceremony') },
  topics: [],
  years: ['2024', '2025'],
  commitments: [],
  ordinals: [],
  places: [
    tag('named', place('shenyang', '沈阳市', 'Shenyang')),
    tag('linked', place('qingdao', '青岛市', 'Qingdao')),
    tag('parent', place('liaoning', '辽宁省', 'Liaoning')),
  ],
  pinyin: [],
  produced: [],
  producedBy: [],
};

const HIGHLIGHT = { title: [[0, 2] as const], translations: { en: [[18, 26] as const] } };

describe('toRow', () => {
  it('shows the original title in the list’s language, with its marks', () => {
    expect(toRow(DEFAULT_LOCALE, ITEM, HIGHLIGHT)).toEqual({
      key: 'documents-83',
      href: '/outcomes/documents/83',
      title: '沈阳市与埃及协议',
      titleMarks: [[0, 2]],
      original: null,
      originalMarks: [[0, 2]],
      // Places the item is about, not what contains them.
      meta: '成果文件第83项 · （二）第25—90项 · 2024年 · 2025年 · 协议（兼仪式） · 沈阳市、青岛市',
    });
  });

  it('shows the translation in English, with the original and each one’s marks', () => {
    expect(toRow(ENGLISH, ITEM, HIGHLIGHT)).toEqual({
      key: 'documents-83',
      href: '/en/outcomes/documents/83',
      title: 'Agreement between Shenyang and Egypt',
      titleMarks: [[18, 26]],
      original: '沈阳市与埃及协议',
      originalMarks: [[0, 2]],
      meta: 'Outcome documents, No. 83 · (2) Nos. 25–90 · 2024 · 2025 · Agreement (also Ceremony) · Shenyang, Qingdao',
    });
  });

  it('leaves out what an item lacks, and marks nothing without a search', () => {
    const bare = { ...ITEM, secondaryType: null, years: [], places: [] };
    expect(toRow(DEFAULT_LOCALE, bare, null)).toMatchObject({
      titleMarks: [],
      originalMarks: [],
      meta: '成果文件第83项 · （二）第25—90项 · 协议',
    });
  });
});
