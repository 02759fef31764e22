import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  EMPTY_FILTERS,
  getOverview,
  getSource,
  listOutcomes,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED, referenceFacets } from '../support/expected';
import { SOURCE_BYTES } from '../support/source';
import { GAZETTEER, SOURCE_LINES, TOPICS, TRANSLATIONS, TYPES } from './reference';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

/** Numbers from first to last. */
const span = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => first + i);

/** Ascending numbers as runs of consecutive ones. */
function runs(numbers: number[]): Array<{ first: number; last: number }> {
  const out: Array<{ first: number; last: number }> = [];
  for (const n of numbers) {
    const last = out.at(-1);
    if (last && n === last.last + 1) last.last = n;
    else out.push({ first: n, last: n });
  }
  return out;
}

/**
 * The categories as read off the source by hand. Headings and declared counts stand on these
 * lines: 54 （一）中方在天津峰会上提出的倡议（共23项）, 87 （二）中方其他倡议（共13项）,
 * 264 （一）峰会成果文件（共24份）, 466 （二）中方举办的其他活动（共77项）. The meetings' first
 * category and the documents' second have no heading in this copy; their ranges end where the
 * next category starts (111) or at the highest number found (90), and start at 1 or after the
 * declared count before them (24 + 1).
 */
interface HandCategory {
  value: string;
  heading: string | null;
  declared: number | null;
  inferred: boolean;
  range: [first: number, last: number];
  /** The heading's line, when the copy has it. */
  line: number | null;
}

const CATEGORIES: HandCategory[] = [
  {
    value: 'meetings.1',
    heading: null,
    declared: null,
    inferred: true,
    range: [1, 110],
    line: null,
  },
  {
    value: 'meetings.2',
    heading: '中方举办的其他活动',
    declared: 77,
    inferred: false,
    range: [111, 187],
    line: 466,
  },
  {
    value: 'documents.1',
    heading: '峰会成果文件',
    declared: 24,
    inferred: false,
    range: [1, 24],
    line: 264,
  },
  {
    value: 'documents.2',
    heading: null,
    declared: null,
    inferred: true,
    range: [25, 90],
    line: null,
  },
  {
    value: 'initiatives.1',
    heading: '中方在天津峰会上提出的倡议',
    declared: 23,
    inferred: false,
    range: [1, 23],
    line: 54,
  },
  {
    value: 'initiatives.2',
    heading: '中方其他倡议',
    declared: 13,
    inferred: false,
    range: [24, 36],
    line: 87,
  },
];

describe('getOverview', () => {
  it('names the list and the source copy', () => {
    const { source } = getOverview(catalogue);
    // The list's title stands on line 108 of the copy.
    expect(SOURCE_LINES[107]).toBe('中国担任上海合作组织2024—2025年轮值主席国工作成果清单');
    expect(source).toMatchObject({
      title: SOURCE_LINES[107],
      fileName: 'xinhua-sco-outcomes-2025-09-02.txt',
      sha256: createHash('sha256').update(SOURCE_BYTES).digest('hex'),
      // The dateline closing the list, line 101, dated by the page's header, line 288.
      dispatch: {
        place: { printed: '天津', entry: expect.objectContaining({ slug: 'tianjin' }) },
        date: '2025-09-01',
        yearFrom: 'page',
        line: 101,
      },
      page: { date: '2025-09-02', line: 288 },
    });
    expect(SOURCE_LINES[100]).toMatch(/（新华社天津9月1日电）$/);
    expect(SOURCE_LINES[287]).toBe('2025年9月2日 星期二');
    expect(Number.isNaN(Date.parse(source.ingestedAt))).toBe(false);
  });

  it('checks its hand-read categories against the source’s heading lines', () => {
    for (const category of CATEGORIES) {
      if (category.line === null) continue;
      const line = SOURCE_LINES[category.line - 1] ?? '';
      expect(line, category.value).toContain(category.heading ?? '');
      expect(line, category.value).toMatch(new RegExp(`（共${category.declared}[项份]）$`));
    }
  });

  it('counts found vs declared per category, with the runs of numbers this copy lacks', () => {
    const overview = getOverview(catalogue);
    const categories = overview.sections.flatMap((section) => section.categories);
    expect(
      categories.map((category) => ({
        value: category.value,
        heading: category.heading,
        declared: category.declaredCount,
        inferred: category.inferred,
        range: [category.range.first, category.range.last],
        line: category.line,
      })),
    ).toEqual(CATEGORIES);
    // Headings the copy prints have their translations; reconstructed ones have none.
    expect(categories.map((category) => category.headingTranslations)).toEqual(
      CATEGORIES.map(({ heading }) =>
        heading === null
          ? {}
          : Object.fromEntries(
              Object.entries(TRANSLATIONS).map(([locale, file]) => [
                locale,
                file.headings[heading],
              ]),
            ),
      ),
    );
    expect(categories.map((category) => category.headingTranslations.en)).toEqual([
      undefined,
      'Other events hosted by China',
      'Outcome documents of the summit',
      undefined,
      'Initiatives China put forward at the Tianjin Summit',
      'Other initiatives by China',
    ]);
    for (const [index, category] of CATEGORIES.entries()) {
      const numbers = EXPECTED.filter(
        (item) => `${item.section}.${item.category}` === category.value,
      ).map((item) => item.number);
      const shown = categories[index];
      expect(shown?.found, category.value).toBe(numbers.length);
      expect(shown?.missing, category.value).toEqual(
        runs(span(...category.range).filter((n) => !numbers.includes(n))),
      );
    }
    // As read off the source: meetings 1–23, documents 1–24 and 25–67 are not in this copy.
    expect(categories.map((category) => category.missing)).toEqual([
      [{ first: 1, last: 23 }],
      [],
      [{ first: 1, last: 24 }],
      [{ first: 25, last: 67 }],
      [],
      [],
    ]);
  });

  it('counts found vs declared per section', () => {
    const overview = getOverview(catalogue);
    expect(overview.found).toBe(EXPECTED.length);
    expect(
      overview.sections.map((s) => ({
        key: s.key,
        ordinal: s.ordinal,
        heading: s.heading,
        inferred: s.inferred,
        found: s.found,
        declared: s.declared,
      })),
    ).toEqual([
      // No 一、 heading in this copy, and its first category declares no count.
      { key: 'meetings', ordinal: 1, heading: null, inferred: true, found: 164, declared: null },
      // 二、成果文件 (line 262); its second category's heading is lost.
      {
        key: 'documents',
        ordinal: 2,
        heading: '成果文件',
        inferred: false,
        found: 23,
        declared: null,
      },
      // 三、合作倡议 (line 52): 23 + 13.
      {
        key: 'initiatives',
        ordinal: 3,
        heading: '合作倡议',
        inferred: false,
        found: 36,
        declared: 36,
      },
    ]);
    expect(SOURCE_LINES[261]).toBe('二、成果文件');
    expect(SOURCE_LINES[51]).toBe('三、合作倡议');
    for (const section of overview.sections) {
      expect(section.found, section.key).toBe(
        EXPECTED.filter((item) => item.section === section.key).length,
      );
    }
  });

  it('counts items per type and topic as the facets do with no filter, and as the table has them', () => {
    const overview = getOverview(catalogue);
    const reference = referenceFacets(EXPECTED, {});
    const facets = listOutcomes(catalogue, EMPTY_FILTERS, null).facets;
    // Types with items, in the vocabulary's order; a secondary type counts too.
    expect(overview.types.map((t) => [t.key, t.count])).toEqual(
      TYPES.filter((t) => (reference.type[t.key] ?? 0) > 0).map((t) => [
        t.key,
        reference.type[t.key],
      ]),
    );
    expect(overview.types.map((t) => [t.key, t.count])).toEqual(
      facets.type.map((v) => [v.value, v.count]),
    );
    expect(overview.types.find((t) => t.key === 'other')).toBeUndefined();
    expect(overview.types.find((t) => t.key === 'forum')).toMatchObject({
      names: { zh: TYPES[1]?.zh },
    });
    // Every topic, in the vocabulary's order, with 0 where no item has it.
    expect(overview.topics.map((t) => [t.key, t.count])).toEqual(
      TOPICS.map((t) => [t.key, reference.topic[t.key] ?? 0]),
    );
    expect(overview.topics.filter((t) => t.count > 0).map((t) => [t.key, t.count])).toEqual(
      facets.topic.map((v) => [v.value, v.count]),
    );
  });

  it('lists the places with items only, in the gazetteer’s order, with their coordinates', () => {
    const { places } = getOverview(catalogue);
    const withItems = new Set(EXPECTED.flatMap((item) => item.places.map((place) => place.slug)));
    const expected = GAZETTEER.filter((place) => withItems.has(place.slug));
    expect(places.map((p) => p.slug)).toEqual(expected.map((p) => p.slug));
    for (const slug of ['shanghai', 'neimenggu', 'tajikistan', 'turkmenistan']) {
      expect(withItems.has(slug)).toBe(false);
    }
    for (const [index, place] of places.entries()) {
      const slug = place.slug;
      const tagged = EXPECTED.filter((item) => item.places.some((p) => p.slug === slug));
      expect(place, slug).toMatchObject({
        lat: expected[index]?.lat,
        lon: expected[index]?.lon,
        itemCount: tagged.length,
        inferredCount: tagged.filter((item) =>
          item.places.some((p) => p.slug === slug && p.via !== 'named'),
        ).length,
      });
    }
  });
});

describe('getSource', () => {
  it('gives every line of the real file, with the item read from it', () => {
    const source = getSource(catalogue);
    expect(source.info).toEqual(catalogue.source);
    expect(source.lines.map((l) => l.text)).toEqual(SOURCE_LINES);
    expect(source.lines.map((l) => l.number)).toEqual(span(1, SOURCE_LINES.length));
    for (const item of catalogue.items) {
      for (const line of span(item.firstLine, item.lastLine)) {
        expect(source.lines[line - 1]?.itemKey, `${item.key} line ${line}`).toBe(item.key);
      }
    }
    const keys = new Set(source.lines.flatMap((l) => (l.itemKey ? [l.itemKey] : [])));
    expect(keys.size).toBe(EXPECTED.length);
    // The wrapped title of documents-68 spans lines 3–5.
    expect(source.lines.slice(2, 5).map((l) => l.itemKey)).toEqual([
      'documents-68',
      'documents-68',
      'documents-68',
    ]);
    expect(source.lines[0]?.itemKey).toBeNull();
  });

  it('says why lines were skipped (checked by hand against the file)', () => {
    const source = getSource(catalogue);
    const reasonAt = (line: number) => source.lines[line - 1]?.skipped;
    expect(reasonAt(103)).toBe('commentary'); // 的全球治理体系。 (an article's tail)
    expect(reasonAt(108)).toBe('list-title'); // the list's own title, repeated on the page
    expect(reasonAt(266)).toBe('page-marker'); // （上接第二版）
    expect(reasonAt(268)).toBe('commentary');
    expect(reasonAt(286)).toBe('page-header'); // 要 闻
    expect(reasonAt(290)).toBe('page-marker'); // （上接第三版）
    expect(reasonAt(470)).toBe('page-marker');
    expect(reasonAt(472)).toBe('commentary');
    expect(SOURCE_LINES[265]).toBe('（上接第二版）');
    expect(SOURCE_LINES[285]).toBe('要 闻');
    expect(SOURCE_LINES[289]).toBe('（上接第三版）');
    // No line is both an item's and skipped.
    expect(source.lines.filter((l) => l.itemKey !== null && l.skipped !== null)).toEqual([]);
  });

  it('lists what the parser noticed: the dateline removed, the inferred headings, the gaps', () => {
    const { issues } = getSource(catalogue);
    expect(issues).toContainEqual({
      kind: 'dateline-removed',
      line: 101,
      text: '（新华社天津9月1日电）',
    });
    expect(SOURCE_LINES[100]).toContain('（新华社天津9月1日电）');
    expect(
      issues.flatMap((issue) =>
        issue.kind === 'missing-range'
          ? [[issue.section, issue.category, issue.from, issue.to]]
          : [],
      ),
    ).toEqual([
      ['meetings', 1, 1, 23],
      ['documents', 1, 1, 24],
      ['documents', 2, 25, 67],
    ]);
    expect(issues).toContainEqual({
      kind: 'count-mismatch',
      section: 'documents',
      category: 1,
      // Line 264 prints （共24份）.
      declared: 24,
      measure: '份',
      found: 0,
    });
    expect(
      issues.flatMap((issue) =>
        issue.kind === 'inferred-category' ? [[issue.section, issue.category]] : [],
      ),
    ).toEqual([
      ['meetings', 1],
      ['documents', 2],
    ]);
  });
});
