import { describe, expect, it } from 'vitest';
import { parseSource } from '@/lib/parser';
import { EXPECTED_ITEMS, SOURCE_BYTES, SOURCE_TEXT } from '../support/source';

const list = parseSource(SOURCE_BYTES);
const sourceLines = SOURCE_TEXT.split('\n');

describe('the real source file', () => {
  it('has the list title', () => {
    expect(list.title).toBe('中国担任上海合作组织2024—2025年轮值主席国工作成果清单');
  });

  it('gives every numbered item, in its section and category, with its exact title', () => {
    const got = list.items.map(({ section, category, number, title }) => ({
      section,
      category,
      number,
      title,
    }));
    expect(got).toEqual(EXPECTED_ITEMS);
  });

  it('points each item at the source lines it was read from', () => {
    const byKey = new Map(list.items.map((i) => [`${i.section}-${i.number}`, i]));
    expect(byKey.get('documents-68')?.sourceLines).toEqual([3, 5]);
    expect(byKey.get('meetings-111')?.sourceLines).toEqual([468, 468]);
    for (const item of list.items) {
      const first = sourceLines[item.sourceLines[0] - 1] ?? '';
      expect(first.startsWith(`${item.number}.`)).toBe(true);
    }
  });

  it('reconstructs the three sections, inferring the missing meetings heading', () => {
    expect(list.sections.map((s) => [s.key, s.ordinal, s.heading, s.inferred])).toEqual([
      ['meetings', 1, null, true],
      ['documents', 2, '成果文件', false],
      ['initiatives', 3, '合作倡议', false],
    ]);
  });

  it('checks declared counts and reports the numbers this copy lacks', () => {
    const categories = list.sections.flatMap((s) =>
      s.categories.map((c) => ({
        key: `${s.key}.${c.ordinal}`,
        heading: c.heading,
        declared: c.declaredCount,
        measure: c.declaredMeasure,
        inferred: c.inferred,
        range: c.range,
        found: c.numbers.length,
        missing: c.missing.length,
      })),
    );
    expect(categories).toEqual([
      {
        key: 'meetings.1',
        heading: null,
        declared: null,
        measure: null,
        inferred: true,
        range: { first: 1, last: 110 },
        found: 87,
        missing: 23,
      },
      {
        key: 'meetings.2',
        heading: '中方举办的其他活动',
        declared: 77,
        measure: '项',
        inferred: false,
        range: { first: 111, last: 187 },
        found: 77,
        missing: 0,
      },
      {
        key: 'documents.1',
        heading: '峰会成果文件',
        declared: 24,
        measure: '份',
        inferred: false,
        range: { first: 1, last: 24 },
        found: 0,
        missing: 24,
      },
      {
        key: 'documents.2',
        heading: null,
        declared: null,
        measure: null,
        inferred: true,
        range: { first: 25, last: 90 },
        found: 23,
        missing: 43,
      },
      {
        key: 'initiatives.1',
        heading: '中方在天津峰会上提出的倡议',
        declared: 23,
        measure: '项',
        inferred: false,
        range: { first: 1, last: 23 },
        found: 23,
        missing: 0,
      },
      {
        key: 'initiatives.2',
        heading: '中方其他倡议',
        declared: 13,
        measure: '项',
        inferred: false,
        range: { first: 24, last: 36 },
        found: 13,
        missing: 0,
      },
    ]);
    const missing = list.issues.filter((i) => i.kind === 'missing-range');
    expect(missing.map((i) => `${i.section}.${i.category}:${i.from}-${i.to}`)).toEqual([
      'meetings.1:1-23',
      'documents.1:1-24',
      'documents.2:25-67',
    ]);
    // 313 numbered items in all: 187 + 90 + 36, of which this copy prints 223.
    const spans = list.sections.map((s) => s.categories.at(-1)?.range.last);
    expect(spans).toEqual([187, 90, 36]);
  });

  it('says why each headless fragment went where it did', () => {
    const placed = list.issues.filter((i) => i.kind === 'fragment-placed');
    // Each up to its first section heading, which places the rest itself: 三、 at line 52,
    // 二、 at line 262; the third run holds none.
    expect(placed.map((i) => [i.lines, i.section])).toEqual([
      [[3, 51], 'documents'],
      [[110, 261], 'meetings'],
      [[292, 468], 'meetings'],
    ]);
  });

  it('skips every line that is not list text, by class', () => {
    const skipped = list.issues.flatMap((i) =>
      i.kind === 'skipped-lines' ? [`${i.reason}:${i.lines[0]}-${i.lines[1]}`] : [],
    );
    expect(skipped).toEqual([
      'commentary:103-106',
      'list-title:108-108',
      'page-marker:266-266',
      'commentary:268-284',
      'page-header:286-288',
      'page-marker:290-290',
      'page-marker:470-470',
      'commentary:472-478',
    ]);
    expect(list.issues).toContainEqual({
      kind: 'dateline-removed',
      line: 101,
      text: '（新华社天津9月1日电）',
    });
  });

  it('lets no word of the commentary into a title', () => {
    const commentary = list.issues.flatMap((i) => (i.kind === 'skipped-lines' ? [i.lines] : []));
    const noise = commentary
      .flatMap(([a, b]) => sourceLines.slice(a - 1, b))
      .filter((l) => l.trim());
    for (const item of list.items) {
      expect(item.title).not.toMatch(/[。]|新华社|上接|要 闻/);
      for (const line of noise) expect(item.title.includes(line.trim())).toBe(false);
    }
  });
});
