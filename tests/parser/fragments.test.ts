import { describe, expect, it } from 'vitest';
import { type Fragment, toFragments } from '@/lib/parser/fragments';
import { classifyLines } from '@/lib/parser/lines';

/**
 * Grouping classified lines into fragments (lib/parser/fragments.ts), on short texts written
 * for each case. `shape` writes a fragment's tokens compactly: `S2` a section heading, `C1` a
 * category heading, `7` item 7 (titles are checked where they matter).
 */

const read = (...lines: string[]) => toFragments(classifyLines(lines.join('\n')));

const shape = (fragment: Fragment) =>
  fragment.tokens
    .map((token) =>
      token.kind === 'item'
        ? `${token.number}`
        : `${token.kind === 'section' ? 'S' : 'C'}${token.ordinal}`,
    )
    .join(' ');

const shapes = (lines: string[]) => read(...lines).fragments.map(shape);

const items = (fragments: Fragment[]) =>
  fragments.flatMap((fragment) =>
    fragment.tokens.flatMap((token) =>
      token.kind === 'item'
        ? [{ number: token.number, title: token.title, lines: token.lines }]
        : [],
    ),
  );

describe('one contiguous run of the list', () => {
  const LIST = [
    '二、成果文件',
    '（一）峰会成果文件（共2份）',
    '1.上海合作组织成员国元首理事会天津宣言',
    '2.上海合作组织未来十年发展战略',
    '（二）其他成果文件（共1份）',
    '3.上海合作组织成员国关于支持多边贸易体制的声明',
  ];

  it('is one fragment: headings and items in printed order, spanning their lines', () => {
    const { fragments, issues } = read(...LIST);
    expect(fragments.map(shape)).toEqual(['S2 C1 1 2 C2 3']);
    expect(fragments[0]?.lines).toEqual([1, 6]);
    expect(issues).toEqual([]);
  });

  it('keeps each item title as printed, with the line it came from', () => {
    expect(items(read(...LIST).fragments)).toEqual([
      { number: 1, title: '上海合作组织成员国元首理事会天津宣言', lines: [3, 3] },
      { number: 2, title: '上海合作组织未来十年发展战略', lines: [4, 4] },
      { number: 3, title: '上海合作组织成员国关于支持多边贸易体制的声明', lines: [6, 6] },
    ]);
  });

  it('ignores blank lines', () => {
    const { fragments } = read('', ...LIST.flatMap((line) => [line, '']), '');
    expect(fragments.map(shape)).toEqual(['S2 C1 1 2 C2 3']);
    expect(fragments[0]?.lines).toEqual([2, 12]);
  });
});

describe('wrapped titles', () => {
  it('joins a line that reads like a title to the item before it', () => {
    const { fragments, issues } = read(
      '5.中方将成立中国—',
      '上海合作组织能源合作平台',
      '6.设立上海合作组织多边科研合作项目',
    );
    expect(items(fragments)).toEqual([
      { number: 5, title: '中方将成立中国—上海合作组织能源合作平台', lines: [1, 2] },
      { number: 6, title: '设立上海合作组织多边科研合作项目', lines: [3, 3] },
    ]);
    expect(fragments.map(shape)).toEqual(['5 6']);
    expect(issues).toEqual([]);
  });

  it('joins a tail across a blank line, and a title wrapped over three lines', () => {
    const { fragments } = read('5.中方将成立', '', '中国—上海合作组织', '能源合作平台');
    expect(items(fragments)).toEqual([
      { number: 5, title: '中方将成立中国—上海合作组织能源合作平台', lines: [1, 4] },
    ]);
    expect(fragments[0]?.lines).toEqual([1, 4]);
  });

  it.each([
    ['a sentence (。)', '这一倡议倡导平等、公正和互利合作。'],
    ['a clause (；)', '合作不断深化；成果丰硕'],
    ['a question (？)', '合作的未来在哪里？'],
    ['reported speech (说，)', '俄罗斯专家萨纳科耶夫说，上合组织前景广阔'],
    ['reported speech (表示道：)', '他写道：合作前景广阔'],
  ])('does not join %s: it is commentary, and ends the fragment', (_, text) => {
    const { fragments, issues } = read(
      '5.中方将成立中国—上海合作组织能源合作平台',
      text,
      '6.设立上海合作组织多边科研合作项目',
    );
    expect(items(fragments).map((item) => item.title)).toEqual([
      '中方将成立中国—上海合作组织能源合作平台',
      '设立上海合作组织多边科研合作项目',
    ]);
    // Item 6 is the number that comes next, but the commentary between cut the run.
    expect(fragments.map(shape)).toEqual(['5', '6']);
    expect(issues).toEqual([{ kind: 'skipped-lines', reason: 'commentary', lines: [2, 2], text }]);
  });

  it('joins a tail of 120 characters but not one of 121', () => {
    const tail = (length: number) => '合作'.repeat(length / 2);
    expect(items(read('5.中方', tail(120)).fragments)[0]?.title).toBe(`中方${tail(120)}`);
    const long = read('5.中方', `${tail(120)}合`);
    expect(items(long.fragments)[0]?.title).toBe('中方');
    expect(long.issues).toEqual([
      // The issue quotes the first 80 characters.
      { kind: 'skipped-lines', reason: 'commentary', lines: [2, 2], text: tail(80) },
    ]);
  });

  it('joins nothing to a heading or before the first item', () => {
    const { fragments, issues } = read(
      '上海合作组织能源合作平台',
      '（一）峰会成果文件（共2份）',
      '上海合作组织未来十年发展战略',
      '1.上海合作组织成员国元首理事会天津宣言',
    );
    expect(fragments.map(shape)).toEqual(['C1', '1']);
    expect(issues).toEqual([
      {
        kind: 'skipped-lines',
        reason: 'commentary',
        lines: [1, 1],
        text: '上海合作组织能源合作平台',
      },
      {
        kind: 'skipped-lines',
        reason: 'commentary',
        lines: [3, 3],
        text: '上海合作组织未来十年发展战略',
      },
    ]);
  });

  it('joins nothing across a heading to the item before it', () => {
    const { fragments, issues } = read(
      '2.上海合作组织未来十年发展战略',
      '（二）其他成果文件',
      '上海合作组织成员国关于支持多边贸易体制的声明',
      '3.乙',
    );
    expect(items(fragments).map((item) => item.title)).toEqual([
      '上海合作组织未来十年发展战略',
      '乙',
    ]);
    expect(issues).toEqual([
      {
        kind: 'skipped-lines',
        reason: 'commentary',
        lines: [3, 3],
        text: '上海合作组织成员国关于支持多边贸易体制的声明',
      },
    ]);
  });

  it('merges adjacent commentary lines into one issue', () => {
    const { issues } = read('5.中方', '第一句。', '第二句。', '6.设立');
    expect(issues).toEqual([
      { kind: 'skipped-lines', reason: 'commentary', lines: [2, 3], text: '第一句。' },
    ]);
  });
});

describe('numbering', () => {
  it('starts a new fragment at an item that is not the next number', () => {
    expect(shapes(['1.甲', '2.乙', '5.丙', '6.丁'])).toEqual(['1 2', '5 6']);
    // Back to a lower number: another page, or another section's items.
    expect(shapes(['7.甲', '8.乙', '3.丙'])).toEqual(['7 8', '3']);
    // The same number twice.
    expect(shapes(['7.甲', '7.乙'])).toEqual(['7', '7']);
  });

  it('takes any number for the first item of a fragment', () => {
    expect(shapes(['41.甲', '42.乙'])).toEqual(['41 42']);
  });

  it('expects 1 after a section heading and after （一）', () => {
    expect(shapes(['3.甲', '三、合作倡议', '1.乙'])).toEqual(['3 S3 1']);
    expect(shapes(['3.甲', '三、合作倡议', '4.乙'])).toEqual(['3 S3', '4']);
    expect(shapes(['3.甲', '（一）倡议（共5项）', '1.乙'])).toEqual(['3 C1 1']);
    expect(shapes(['3.甲', '（一）倡议（共5项）', '4.乙'])).toEqual(['3 C1', '4']);
  });

  it('runs the numbering on across a later category heading', () => {
    expect(shapes(['2.甲', '（二）其他倡议', '3.乙'])).toEqual(['2 C2 3']);
    expect(shapes(['2.甲', '（二）其他倡议', '1.乙'])).toEqual(['2 C2', '1']);
  });

  it('reads full-width digits as the numbers they are', () => {
    expect(shapes(['１．甲', '２．乙', '3.丙'])).toEqual(['1 2 3']);
  });
});

describe('page furniture and datelines', () => {
  it.each([
    ['page-marker', ['（下接第四版）']],
    ['page-header', ['要 闻']],
    ['page-header', ['2025年9月2日 星期二']],
    ['dateline', ['（新华社北京9月1日电）']],
    ['list-title', ['中国担任上海合作组织2024—2025年轮值主席国工作成果清单']],
  ])('%s ends the fragment and is reported', (reason, noise) => {
    const { fragments, issues } = read('1.甲', '2.乙', ...noise, '3.丙');
    expect(fragments.map(shape)).toEqual(['1 2', '3']);
    expect(fragments.map((fragment) => fragment.lines)).toEqual([
      [1, 2],
      [4, 4],
    ]);
    expect(issues).toEqual([{ kind: 'skipped-lines', reason, lines: [3, 3], text: noise[0] }]);
  });

  it('reports a run of one kind once, and a change of kind apart', () => {
    const { issues } = read('1.甲', '要 闻', '2025年9月2日 星期二', '（上接第一版）', '2.乙');
    expect(issues).toEqual([
      { kind: 'skipped-lines', reason: 'page-header', lines: [2, 3], text: '要 闻' },
      { kind: 'skipped-lines', reason: 'page-marker', lines: [4, 4], text: '（上接第一版）' },
    ]);
  });

  it('lets no text continue a title across page furniture', () => {
    const { fragments, issues } = read(
      '5.中方将成立中国—',
      '（下接第四版）',
      '上海合作组织能源合作平台',
    );
    expect(items(fragments)[0]?.title).toBe('中方将成立中国—');
    expect(issues.map((issue) => issue.kind === 'skipped-lines' && issue.reason)).toEqual([
      'page-marker',
      'commentary',
    ]);
  });

  it('cuts a dateline off the end of an item, and the item takes no more text', () => {
    const { fragments, issues } = read(
      '24.设立上海合作组织多边科研合作项目（新华社天津9月1日电）',
      '全球治理倡议',
      '25.乙',
    );
    expect(items(fragments).map((item) => item.title)).toEqual([
      '设立上海合作组织多边科研合作项目',
      '乙',
    ]);
    expect(issues).toEqual([
      { kind: 'dateline-removed', line: 1, text: '（新华社天津9月1日电）' },
      { kind: 'skipped-lines', reason: 'commentary', lines: [2, 2], text: '全球治理倡议' },
    ]);
    expect(fragments.map(shape)).toEqual(['24', '25']);
  });

  it('cuts a dateline that the next line completes', () => {
    const { fragments, issues } = read(
      '24.设立多边科研合作项目（新华社天津9月',
      '1日电）',
      '全球治理',
    );
    expect(items(fragments)).toEqual([
      { number: 24, title: '设立多边科研合作项目', lines: [1, 2] },
    ]);
    expect(issues).toEqual([
      { kind: 'dateline-removed', line: 2, text: '（新华社天津9月1日电）' },
      { kind: 'skipped-lines', reason: 'commentary', lines: [3, 3], text: '全球治理' },
    ]);
  });
});
