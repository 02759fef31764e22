import { describe, expect, it } from 'vitest';
import { toFragments } from '@/lib/parser/fragments';
import { classifyLines } from '@/lib/parser/lines';
import { readFragment } from '@/lib/parser/place';
import { categoryStart, type Placement, placeFragments, sectionStates } from '@/lib/parser/resolve';

/**
 * Placing fragments in sections (lib/parser/resolve.ts). Each case is a copy cut into pages by
 * page markers, so that each page is one fragment; the fragments go through the stages before
 * (lines, fragments, readFragment) as parseList sends them. Sections: 1 会议和活动, 2 成果文件,
 * 3 合作倡议.
 */

const MARKER = '（下接第四版）';

/** Each page becomes one fragment: a page marker ends the one before. */
function fragmentsOf(pages: string[][]) {
  const text = pages.map((page) => page.join('\n')).join(`\n${MARKER}\n`);
  return toFragments(classifyLines(text)).fragments.map(readFragment);
}

const place = (...pages: string[][]): Placement[] => placeFragments(fragmentsOf(pages), 3);

/** The section each page was placed in, and why. */
const verdicts = (...pages: string[][]) =>
  place(...pages).map(({ start, reason }) => ({ start, reason }));

const MEETINGS = ['一、会议和活动', '（一）甲类（共2项）', '1.甲一', '2.甲二'];
const DOCUMENTS = ['二、成果文件', '（一）乙类（共5项）', '1.乙一', '2.乙二'];
const INITIATIVES = ['三、合作倡议', '（一）丙类（共1项）', '1.丙一'];
const UNPLACED = { start: null, reason: null };

describe('fragments that say where they are', () => {
  it('needs no placing when it opens with a section heading', () => {
    const [placement] = place(MEETINGS);
    expect(placement).toMatchObject(UNPLACED);
    expect(placement?.fragment.hasStartTokens).toBe(false);
    expect(placement?.fragment.items.map((item) => item.section)).toEqual([1, 1]);
  });

  it('puts the items right before a section heading in the section before it', () => {
    expect(verdicts(MEETINGS, ['5.戊五', '6.戊六', '三、合作倡议', '1.丙一'])).toEqual([
      UNPLACED,
      { start: 2, reason: "it comes right before section 3's heading" },
    ]);
  });

  it('does so even where that section has other items of those numbers', () => {
    // Section 2 has another item 1 and 2; the heading after the items still decides.
    expect(verdicts(DOCUMENTS, ['1.戊一', '2.戊二', '三、合作倡议', '1.丙一'])[1]).toEqual({
      start: 2,
      reason: "it comes right before section 3's heading",
    });
  });

  it('leaves text before the first section heading in no section', () => {
    expect(verdicts(['1.戊一', '一、会议和活动', '1.甲一'])).toEqual([
      { start: null, reason: 'text before the first section' },
    ]);
  });
});

describe('placing by elimination', () => {
  // （二） of 会议和活动 starts at 1 + 2 = 3; of 成果文件 at 1 + 5 = 6; of 合作倡议 at 1 + 1 = 2.
  const ORPHAN = ['（二）其他会议（共1项）', '3.丁三'];
  const ONLY_MEETINGS = {
    start: 1,
    reason:
      'only section 1 fits (not section 2: its category 2 would start at 6, not 3; ' +
      'not section 3: its category 2 would start at 2, not 3)',
  };

  it('places a fragment in the only section its headings and counts fit', () => {
    expect(verdicts(MEETINGS, DOCUMENTS, INITIATIVES, ORPHAN)[3]).toEqual(ONLY_MEETINGS);
  });

  it('places it the same wherever the copy prints it', () => {
    expect(verdicts(ORPHAN, INITIATIVES, DOCUMENTS, MEETINGS)[0]).toEqual(ONLY_MEETINGS);
  });

  it('rules out a section whose category of that ordinal has another name', () => {
    expect(
      verdicts(MEETINGS, DOCUMENTS, INITIATIVES, ['（一）丁类（共3项）', '1.丁一'])[3],
    ).toEqual({
      start: null,
      reason:
        'no section fits (not section 1: its category 1 is already 「甲类」; ' +
        'not section 2: its category 1 is already 「乙类」; ' +
        'not section 3: its category 1 is already 「丙类」)',
    });
  });

  it('rules out a section by where it ends, the numbers it has and its categories’ spans', () => {
    const meetings = [
      '一、会议和活动',
      '（一）甲类（共2项）',
      '1.甲一',
      '2.甲二',
      '（二）乙类（共2项）',
      '3.甲三',
      '4.甲四',
    ];
    // Section 2 ends at 1: the heading of section 3 follows its item 1.
    const rest = [
      '二、成果文件',
      '1.乙一',
      '三、合作倡议',
      '1.丙一',
      '2.丙二',
      '3.丙三',
      '4.丙四',
      '5.丙五',
    ];
    // Item 5 comes before the heading （三）, so it is in category 2.
    const orphan = ['5.丁五', '（三）丙类'];
    expect(verdicts(meetings, rest, orphan)[2]).toEqual({
      start: null,
      reason:
        'no section fits (not section 1: its category 2 spans 3–4, not 5; ' +
        'not section 2: it ends at 1; not section 3: it already has another item 5)',
    });
  });

  it('places a fragment in a section whose heading the copy lacks when the others are ruled out', () => {
    const rest = ['二、成果文件', '1.乙一', '2.乙二', '三、合作倡议', '1.丙一', '2.丙二', '3.丙三'];
    expect(verdicts(rest, ['3.丁三'])[1]).toEqual({
      start: 1,
      reason:
        'only section 1 fits (not section 2: it ends at 2; ' +
        'not section 3: it already has another item 3)',
    });
  });
});

describe('placing by numbering', () => {
  const MEETINGS_1_3 = ['一、会议和活动', '1.甲一', '2.甲二', '3.甲三'];
  const INITIATIVES_1_3 = ['三、合作倡议', '1.丙一', '2.丙二', '3.丙三'];

  it('places a fragment where its numbers continue most closely', () => {
    const documents = ['二、成果文件', '1.乙一', '2.乙二', '3.乙三', '4.乙四', '5.乙五'];
    const initiatives = ['三、合作倡议', '1.丙一', '2.丙二'];
    // Section 2 has another 4. Sections 1 and 3 both fit: 1 has 3, right before 4; 3 stops at 2.
    expect(verdicts(MEETINGS_1_3, documents, initiatives, ['4.丁四', '5.丁五'])[3]).toEqual({
      start: 1,
      reason: 'its numbers continue section 1',
    });
  });

  it('measures how far the numbers are from those a section has', () => {
    // 6 is 2 past section 1's 3 and 4 past section 3's 1; section 2 has nothing to measure.
    expect(verdicts(MEETINGS_1_3, ['三、合作倡议', '1.丙一'], ['6.丁六'])[2]).toEqual({
      start: 1,
      reason: 'its numbers continue section 1',
    });
  });

  it('on a tie, follows the fragment printed just before it when that one runs into it', () => {
    // Sections 1 and 3 both end at 3, section 2 has nothing: 4 continues 1 and 3 equally.
    const after = 'the fragment printed before it runs into it in section';
    expect(verdicts(MEETINGS_1_3, INITIATIVES_1_3, ['4.丁四'])[2]).toEqual({
      start: 3,
      reason: `${after} 3`,
    });
    expect(verdicts(INITIATIVES_1_3, MEETINGS_1_3, ['4.丁四'])[2]).toEqual({
      start: 1,
      reason: `${after} 1`,
    });
  });

  it('leaves a tie unplaced when the fragment before does not run into it', () => {
    expect(verdicts(MEETINGS_1_3, INITIATIVES_1_3, ['5.丁五'])[2]).toEqual({
      start: null,
      reason: 'more than one section fits',
    });
  });

  it('leaves a fragment nothing tells about unplaced', () => {
    expect(verdicts(['4.丁四', '5.丁五'])).toEqual([
      { start: null, reason: 'more than one section fits' },
    ]);
  });

  it('places a page printed twice with the section it repeats word for word', () => {
    const documents = ['二、成果文件', '1.乙一', '2.乙二'];
    // Section 1 has other items 1 and 2; section 3 has none; section 2 has these very items.
    expect(
      verdicts(['一、会议和活动', '1.甲一', '2.甲二'], documents, ['1.乙一', '2.乙二'])[2],
    ).toEqual({
      start: 2,
      reason: 'its numbers continue section 2',
    });
  });
});

describe('what the placed fragments say about each section', () => {
  it('gathers headings, numbers with their first title, and where a section ends', () => {
    const placements = place(
      ['一、会议和活动', '（一）甲类（共2项）', '1.甲一', '2.甲二', '二、成果文件', '1.乙一'],
      ['二、成果文件', '1.重印', '2.乙二'],
    );
    const states = sectionStates(placements, 3);
    expect([...states.keys()]).toEqual([1, 2, 3]);
    const meetings = states.get(1);
    expect([...(meetings?.headings.keys() ?? [])]).toEqual([1]);
    expect(meetings?.headings.get(1)).toMatchObject({ heading: '甲类', declaredCount: 2 });
    expect(meetings?.numbers).toEqual(
      new Map([
        [1, '甲一'],
        [2, '甲二'],
      ]),
    );
    expect(meetings?.end).toBe(2);
    expect(states.get(2)?.numbers).toEqual(
      new Map([
        [1, '乙一'],
        [2, '乙二'],
      ]),
    );
    expect(states.get(2)?.end).toBeNull();
    expect(states.get(3)?.numbers.size).toBe(0);
  });
});

describe('categoryStart', () => {
  const headingsOf = (...page: string[]) =>
    sectionStates(place(page), 3).get(1)?.headings ?? new Map();

  it('starts category 1 at 1 and a later one at the number printed after its heading', () => {
    const headings = headingsOf(
      '一、会议和活动',
      '（一）甲类',
      '1.甲一',
      '2.甲二',
      '（二）乙类',
      '3.乙一',
    );
    expect(categoryStart(headings, 1)).toBe(1);
    expect(categoryStart(headings, 2)).toBe(3);
    // Nothing says where （三） starts: （二） declares no count.
    expect(categoryStart(headings, 3)).toBeNull();
  });

  it('adds up declared counts where no number follows a heading', () => {
    const headings = headingsOf(
      '一、会议和活动',
      '（一）甲类（共2项）',
      '1.甲一',
      '2.甲二',
      '（二）乙类（共3项）',
    );
    expect(categoryStart(headings, 2)).toBe(3);
    expect(categoryStart(headings, 3)).toBe(6);
    expect(categoryStart(headings, 4)).toBeNull();
  });
});
