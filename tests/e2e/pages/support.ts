import { createHash } from 'node:crypto';
import { EXPECTED_ITEMS, SOURCE_BYTES, SOURCE_TEXT } from '../../support/source';

/**
 * The list's structure as read off the source file by hand: each category's heading as printed
 * (null where the copy lacks it), the count the heading declares, the numbers it spans, and the
 * items this copy holds. `found` is checked against the hand-made item fixture below.
 */
export const CATEGORIES = [
  {
    section: 'meetings',
    ordinal: 1,
    heading: null,
    declared: null,
    first: 1,
    last: 110,
    found: 87,
  },
  {
    section: 'meetings',
    ordinal: 2,
    heading: '中方举办的其他活动',
    declared: 77,
    first: 111,
    last: 187,
    found: 77,
  },
  {
    section: 'documents',
    ordinal: 1,
    heading: '峰会成果文件',
    declared: 24,
    first: 1,
    last: 24,
    found: 0,
  },
  {
    section: 'documents',
    ordinal: 2,
    heading: null,
    declared: null,
    first: 25,
    last: 90,
    found: 23,
  },
  {
    section: 'initiatives',
    ordinal: 1,
    heading: '中方在天津峰会上提出的倡议',
    declared: 23,
    first: 1,
    last: 23,
    found: 23,
  },
  {
    section: 'initiatives',
    ordinal: 2,
    heading: '中方其他倡议',
    declared: 13,
    first: 24,
    last: 36,
    found: 13,
  },
] as const;

/** Items per category in the hand-made fixture, to cross-check `found` above. */
export function fixtureCount(section: string, ordinal: number): number {
  return EXPECTED_ITEMS.filter((item) => item.section === section && item.category === ordinal)
    .length;
}

export const SOURCE_SHA256 = createHash('sha256').update(SOURCE_BYTES).digest('hex');
export const SOURCE_LINES = SOURCE_TEXT.split(/\r\n|\r|\n/);

/** The item the tests open: documents 88, read from line 46 of the source. */
export const ITEM = {
  path: '/outcomes/documents/88',
  line: 46,
  title: '中华人民共和国辽宁省沈阳市与乌兹别克斯坦共和国布哈拉州布哈拉市建立友好合作关系谅解备忘录',
};
