import { describe, expect, it } from 'vitest';
import { buildList } from '@/lib/parser/build';
import { toFragments } from '@/lib/parser/fragments';
import { classifyLines } from '@/lib/parser/lines';
import { readFragment } from '@/lib/parser/place';
import type { Placement } from '@/lib/parser/resolve';
import type { ParsedCategory } from '@/lib/parser/types';

/**
 * Building sections, categories and items from placed fragments (lib/parser/build.ts). Each case
 * is a copy cut into pages by page markers, one fragment per page; a page that does not open
 * with a section heading is placed here by hand (`in`), so these tests do not depend on how
 * resolve.ts would place it. Line numbers count the marker line between pages.
 */

interface Page {
  lines: string[];
  /** The section a page without a leading section heading starts in; null: not placed. */
  in?: number | null;
  reason?: string;
}

const BY_HAND = 'placed by hand';
const MARKER = '（下接第四版）';

function build(...pages: Array<string[] | Page>) {
  const given = pages.map((page): Page => (Array.isArray(page) ? { lines: page } : page));
  const text = given.map((page) => page.lines.join('\n')).join(`\n${MARKER}\n`);
  const { fragments } = toFragments(classifyLines(text));
  expect(fragments).toHaveLength(given.length);
  const placements = fragments.map(
    (fragment, i): Placement => ({
      fragment: readFragment(fragment),
      start: given[i]?.in ?? null,
      reason: given[i]?.in === undefined ? null : (given[i]?.reason ?? BY_HAND),
    }),
  );
  return buildList(placements, 3);
}

const category = (
  ordinal: number,
  fields: Partial<ParsedCategory> & Pick<ParsedCategory, 'range' | 'numbers'>,
): ParsedCategory => ({
  ordinal,
  heading: null,
  declaredCount: null,
  declaredMeasure: null,
  inferred: false,
  missing: [],
  line: null,
  ...fields,
});

const NO_SECTION = 'neither its heading nor any of its items are in the source';

describe('a copy with every heading and item', () => {
  const { sections, items, issues } = build([
    '一、会议和活动',
    '（一）甲类（共2项）',
    '1.甲一',
    '2.甲二',
    '（二）乙类（共1项）',
    '3.乙三',
    '二、成果文件',
    '（一）丙类（共1份）',
    '1.丙一',
    '三、合作倡议',
    '（一）丁类（共2项）',
    '1.丁一',
    '2.丁二',
  ]);

  it('has the three sections as printed, with their categories and ranges', () => {
    expect(sections.map(({ categories, ...section }) => section)).toEqual([
      { key: 'meetings', ordinal: 1, heading: '会议和活动', inferred: false, line: 1 },
      { key: 'documents', ordinal: 2, heading: '成果文件', inferred: false, line: 7 },
      { key: 'initiatives', ordinal: 3, heading: '合作倡议', inferred: false, line: 10 },
    ]);
    expect(sections[0]?.categories).toEqual([
      category(1, {
        heading: '甲类',
        declaredCount: 2,
        declaredMeasure: '项',
        range: { first: 1, last: 2 },
        numbers: [1, 2],
        line: 2,
      }),
      category(2, {
        heading: '乙类',
        declaredCount: 1,
        declaredMeasure: '项',
        range: { first: 3, last: 3 },
        numbers: [3],
        line: 5,
      }),
    ]);
    expect(sections[2]?.categories).toEqual([
      category(1, {
        heading: '丁类',
        declaredCount: 2,
        declaredMeasure: '项',
        range: { first: 1, last: 2 },
        numbers: [1, 2],
        line: 11,
      }),
    ]);
  });

  it('has every item with its section, category and source line', () => {
    expect(items).toEqual([
      { section: 'meetings', category: 1, number: 1, title: '甲一', sourceLines: [3, 3] },
      { section: 'meetings', category: 1, number: 2, title: '甲二', sourceLines: [4, 4] },
      { section: 'meetings', category: 2, number: 3, title: '乙三', sourceLines: [6, 6] },
      { section: 'documents', category: 1, number: 1, title: '丙一', sourceLines: [9, 9] },
      { section: 'initiatives', category: 1, number: 1, title: '丁一', sourceLines: [12, 12] },
      { section: 'initiatives', category: 1, number: 2, title: '丁二', sourceLines: [13, 13] },
    ]);
  });

  it('reports nothing', () => {
    expect(issues).toEqual([]);
  });
});

describe('items', () => {
  it('come in list order, by section then number, whatever the order of the pages', () => {
    const { items } = build(['三、合作倡议', '1.丁一'], { lines: ['3.甲三', '4.甲四'], in: 1 }, [
      '一、会议和活动',
      '1.甲一',
      '2.甲二',
    ]);
    expect(items.map((item) => `${item.section} ${item.number} ${item.title}`)).toEqual([
      'meetings 1 甲一',
      'meetings 2 甲二',
      'meetings 3 甲三',
      'meetings 4 甲四',
      'initiatives 1 丁一',
    ]);
  });

  it('keep the first of two with the same number and report the second', () => {
    const { items, issues } = build(['一、会议和活动', '1.甲一', '2.甲二'], {
      lines: ['2.重印', '3.甲三'],
      in: 1,
    });
    expect(items.map((item) => item.title)).toEqual(['甲一', '甲二', '甲三']);
    // Lines 1–3, the marker on 4, then 5–6.
    expect(issues).toContainEqual({
      kind: 'duplicate-number',
      section: 'meetings',
      number: 2,
      lines: [3, 5],
    });
  });

  it('leave out the items of a fragment no section was found for, and say why', () => {
    const { items, issues } = build(['一、会议和活动', '1.甲一'], {
      lines: ['7.戊七', '8.戊八'],
      in: null,
      reason: 'more than one section fits',
    });
    expect(items.map((item) => item.number)).toEqual([1]);
    expect(issues).toContainEqual({
      kind: 'unplaced-fragment',
      lines: [4, 5],
      reason: 'more than one section fits',
    });
  });

  it('a placed fragment’s lines end before its first section heading', () => {
    const { issues } = build(['一、会议和活动', '1.甲一'], {
      lines: ['2.甲二', '3.甲三', '二、成果文件', '1.乙一'],
      in: 1,
      reason: 'its numbers continue section 1',
    });
    expect(issues).toContainEqual({
      kind: 'fragment-placed',
      lines: [4, 5],
      section: 'meetings',
      reason: 'its numbers continue section 1',
    });
  });

  it('a fragment placed by resolve is reported with its reason', () => {
    const { issues } = build(['一、会议和活动', '1.甲一'], {
      lines: ['2.甲二'],
      in: 1,
      reason: 'its numbers continue section 1',
    });
    expect(issues).toContainEqual({
      kind: 'fragment-placed',
      lines: [4, 4],
      section: 'meetings',
      reason: 'its numbers continue section 1',
    });
  });
});

describe('missing headings', () => {
  it('infer a category where its heading is missing, with the range its neighbours leave', () => {
    // Items 4 and 5 come before （三）, so they are in category 2, whose heading is lost, as is
    // item 3 with the page before.
    const { sections, items, issues } = build(
      ['一、会议和活动', '（一）甲类（共2项）', '1.甲一', '2.甲二'],
      {
        lines: ['4.丙四', '5.丙五', '（三）丁类（共1项）', '6.丁六'],
        in: 1,
      },
    );
    expect(sections[0]?.categories).toEqual([
      category(1, {
        heading: '甲类',
        declaredCount: 2,
        declaredMeasure: '项',
        range: { first: 1, last: 2 },
        numbers: [1, 2],
        line: 2,
      }),
      // （二） starts after （一）'s two items and ends before （三）'s first, 6.
      category(2, { inferred: true, range: { first: 3, last: 5 }, numbers: [4, 5], missing: [3] }),
      category(3, {
        heading: '丁类',
        declaredCount: 1,
        declaredMeasure: '项',
        range: { first: 6, last: 6 },
        numbers: [6],
        line: 8,
      }),
    ]);
    expect(items.map((item) => `${item.number}:${item.category}`)).toEqual([
      '1:1',
      '2:1',
      '4:2',
      '5:2',
      '6:3',
    ]);
    expect(issues).toEqual([
      {
        kind: 'inferred-category',
        section: 'meetings',
        category: 2,
        reason: 'heading （2） is not in the source; numbers 4–5 fall in its place',
      },
      { kind: 'missing-range', section: 'meetings', category: 2, from: 3, to: 3 },
      { kind: 'inferred-section', section: 'documents', ordinal: 2, reason: NO_SECTION },
      { kind: 'inferred-section', section: 'initiatives', ordinal: 3, reason: NO_SECTION },
      { kind: 'fragment-placed', lines: [6, 9], section: 'meetings', reason: BY_HAND },
    ]);
  });

  it('infer a category with no items between two headings', () => {
    const { sections, issues } = build(['三、合作倡议', '（一）甲类（共1项）', '1.甲一'], {
      lines: ['（三）丙类（共1项）', '4.丙四'],
      in: 3,
    });
    expect(sections[2]?.categories[1]).toEqual(
      category(2, { inferred: true, range: { first: 2, last: 3 }, numbers: [], missing: [2, 3] }),
    );
    expect(issues).toContainEqual({
      kind: 'inferred-category',
      section: 'initiatives',
      category: 2,
      reason: 'heading （2） is not in the source; no items fall in its place',
    });
    expect(issues).toContainEqual({
      kind: 'missing-range',
      section: 'initiatives',
      category: 2,
      from: 2,
      to: 3,
    });
  });

  it('infer category 1 for a section that prints no category heading', () => {
    const { sections, items, issues } = build(['二、成果文件', '1.乙一', '2.乙二']);
    expect(sections[1]?.categories).toEqual([
      category(1, { inferred: true, range: { first: 1, last: null }, numbers: [1, 2] }),
    ]);
    expect(items.map((item) => item.category)).toEqual([1, 1]);
    expect(issues).toContainEqual({
      kind: 'inferred-category',
      section: 'documents',
      category: 1,
      reason: 'heading （1） is not in the source; numbers 1–2 fall in its place',
    });
  });

  it('infer a section whose heading is missing, giving the reason its items were placed', () => {
    const { sections, issues } = build(
      ['一、会议和活动', '1.甲一'],
      { lines: ['（一）乙类（共1份）', '1.乙一'], in: 2, reason: 'only section 2 fits' },
      ['三、合作倡议', '1.丙一'],
    );
    expect(sections[1]).toEqual({
      key: 'documents',
      ordinal: 2,
      heading: null,
      inferred: true,
      line: null,
      categories: [
        category(1, {
          heading: '乙类',
          declaredCount: 1,
          declaredMeasure: '份',
          range: { first: 1, last: 1 },
          numbers: [1],
          line: 4,
        }),
      ],
    });
    expect(issues).toContainEqual({
      kind: 'inferred-section',
      section: 'documents',
      ordinal: 2,
      reason: 'heading not in the source; its items are placed because only section 2 fits',
    });
  });

  it('keep a section neither whose heading nor items are in the copy, empty', () => {
    const { sections } = build(['一、会议和活动', '1.甲一']);
    expect(sections.map((section) => [section.key, section.inferred, section.categories])).toEqual([
      [
        'meetings',
        false,
        [category(1, { inferred: true, range: { first: 1, last: null }, numbers: [1] })],
      ],
      ['documents', true, []],
      ['initiatives', true, []],
    ]);
  });
});

describe('declared counts, numbers found, and what is missing', () => {
  it('reports a category with fewer items than it declares, and the numbers it lacks', () => {
    const { sections, issues } = build([
      '一、会议和活动',
      '（一）甲类（共3项）',
      '1.甲一',
      '2.甲二',
    ]);
    expect(sections[0]?.categories[0]).toMatchObject({
      range: { first: 1, last: 3 },
      numbers: [1, 2],
      missing: [3],
    });
    expect(issues).toEqual([
      {
        kind: 'count-mismatch',
        section: 'meetings',
        category: 1,
        declared: 3,
        measure: '项',
        found: 2,
      },
      { kind: 'missing-range', section: 'meetings', category: 1, from: 3, to: 3 },
      { kind: 'inferred-section', section: 'documents', ordinal: 2, reason: NO_SECTION },
      { kind: 'inferred-section', section: 'initiatives', ordinal: 3, reason: NO_SECTION },
    ]);
  });

  it('reports a category with more items than it declares', () => {
    const { sections, issues } = build([
      '一、会议和活动',
      '（一）甲类（共1项）',
      '1.甲一',
      '2.甲二',
    ]);
    expect(sections[0]?.categories[0]?.numbers).toEqual([1, 2]);
    expect(issues).toContainEqual({
      kind: 'count-mismatch',
      section: 'meetings',
      category: 1,
      declared: 1,
      measure: '项',
      found: 2,
    });
  });

  it('lists missing numbers as runs', () => {
    const { sections, issues } = build(
      ['三、合作倡议', '（一）丁类（共8项）', '1.丁一', '2.丁二'],
      { lines: ['5.丁五'], in: 3 },
      { lines: ['8.丁八'], in: 3 },
    );
    expect(sections[2]?.categories).toEqual([
      category(1, {
        heading: '丁类',
        declaredCount: 8,
        declaredMeasure: '项',
        range: { first: 1, last: 8 },
        numbers: [1, 2, 5, 8],
        missing: [3, 4, 6, 7],
        line: 2,
      }),
    ]);
    expect(issues.filter((issue) => issue.kind !== 'fragment-placed')).toEqual([
      { kind: 'inferred-section', section: 'meetings', ordinal: 1, reason: NO_SECTION },
      { kind: 'inferred-section', section: 'documents', ordinal: 2, reason: NO_SECTION },
      {
        kind: 'count-mismatch',
        section: 'initiatives',
        category: 1,
        declared: 8,
        measure: '项',
        found: 4,
      },
      { kind: 'missing-range', section: 'initiatives', category: 1, from: 3, to: 4 },
      { kind: 'missing-range', section: 'initiatives', category: 1, from: 6, to: 7 },
    ]);
  });

  it('puts an item no heading places in the category its number falls in by the counts', () => {
    // （二） is the last line of its page, so the count of （一） says where it starts: 4.
    const { sections, items } = build(
      [
        '一、会议和活动',
        '（一）甲类（共3项）',
        '1.甲一',
        '2.甲二',
        '3.甲三',
        '（二）乙类（共2项）',
      ],
      { lines: ['4.乙四', '5.乙五'], in: 1 },
    );
    expect(items.map((item) => `${item.number}:${item.category}`)).toEqual([
      '1:1',
      '2:1',
      '3:1',
      '4:2',
      '5:2',
    ]);
    expect(sections[0]?.categories.map((c) => [c.range, c.missing])).toEqual([
      [{ first: 1, last: 3 }, []],
      [{ first: 4, last: 5 }, []],
    ]);
  });

  it('starts a category no heading number or count places right after the one before', () => {
    // （二） declares 2 but is printed without its items; its first item found is 5. （三）
    // prints no number after it, and （二） has no start of its own to count from: it starts
    // where （二）'s two numbers end, at 7, and 8 falls in it.
    const { sections, items, issues } = build(
      ['一、会议和活动', '（一）甲类', '1.甲一'],
      { lines: ['（二）乙类（共2项）'], in: 1 },
      { lines: ['5.乙五', '（三）丙类'], in: 1 },
      { lines: ['8.丙八'], in: 1 },
    );
    expect(items.map((item) => `${item.number}:${item.category}`)).toEqual(['1:1', '5:2', '8:3']);
    expect(sections[0]?.categories).toEqual([
      category(1, {
        heading: '甲类',
        range: { first: 1, last: 4 },
        numbers: [1],
        missing: [2, 3, 4],
        line: 2,
      }),
      category(2, {
        heading: '乙类',
        declaredCount: 2,
        declaredMeasure: '项',
        range: { first: 5, last: 6 },
        numbers: [5],
        missing: [6],
        line: 5,
      }),
      category(3, {
        heading: '丙类',
        range: { first: 7, last: null },
        numbers: [8],
        missing: [7],
        line: 8,
      }),
    ]);
    expect(issues.filter((issue) => issue.kind === 'missing-range')).toEqual([
      { kind: 'missing-range', section: 'meetings', category: 1, from: 2, to: 4 },
      { kind: 'missing-range', section: 'meetings', category: 2, from: 6, to: 6 },
      { kind: 'missing-range', section: 'meetings', category: 3, from: 7, to: 7 },
    ]);
  });

  it('ends the last category where the next section begins, and finds the gap before it', () => {
    const { sections, issues } = build(['一、会议和活动', '（一）甲类', '1.甲一', '2.甲二'], {
      // Item 5 is followed by section 2's heading: section 1 ends at 5.
      lines: ['4.甲四', '5.甲五', '二、成果文件', '（一）乙类（共1份）', '1.乙一'],
      in: 1,
    });
    expect(sections[0]?.categories).toEqual([
      category(1, {
        heading: '甲类',
        range: { first: 1, last: 5 },
        numbers: [1, 2, 4, 5],
        missing: [3],
        line: 2,
      }),
    ]);
    expect(issues).toContainEqual({
      kind: 'missing-range',
      section: 'meetings',
      category: 1,
      from: 3,
      to: 3,
    });
    expect(issues.some((issue) => issue.kind === 'count-mismatch')).toBe(false);
  });
});
