import { describe, expect, it } from 'vitest';
import { enrichItem } from '@/lib/enrich';
import type { SectionKey } from '@/lib/parser/types';
import { printedInSource } from './source';

const PRINTED: [section: SectionKey, title: string, years: number[]][] = [
  [
    'meetings',
    '“2024—2025年上海合作组织旅游和文化之都”文旅交流周暨“国际友人@Qingdao”活动',
    [2024, 2025],
  ],
  ['meetings', '上海合作组织智库论坛2024', [2024]],
  ['meetings', '2025·上海合作组织国家文明对话系列活动', [2025]],
  ['meetings', '上海合作组织大学2025年年会', [2025]],
  [
    'initiatives',
    '中方从2026年开始,在现有基础上将上海合作组织专项奖学金名额翻一番,实施上海合作组织博士生创新培养计划,共育学术科研卓越人才',
    [2026],
  ],
  ['initiatives', '中方2025年向成员国提供20亿元人民币无偿援助', [2025]],
  ['initiatives', '中方未来3年对银行联合体成员行新增发放100亿元人民币贷款', []],
  ['initiatives', '未来5年,中方将为上海合作组织其他国家实施5000例白内障手术', []],
  ['meetings', '上海合作组织成员国交通部长第十二次会议', []],
];

const yearsOf = (title: string, section: SectionKey = 'meetings') =>
  enrichItem({ section, title }).years;

describe('years stated in printed titles', () => {
  it.each(PRINTED)('%s: %s', (section, title, years) => {
    expect(printedInSource(title)).toBe(true);
    expect(yearsOf(title, section)).toEqual(years);
  });
});

describe('year edge cases', () => {
  it('ignores 20xx inside a longer number', () => {
    expect(yearsOf('12025')).toEqual([]);
    expect(yearsOf('20250')).toEqual([]);
  });

  it('reads no year from an amount that looks like one', () => {
    expect(yearsOf('中方提供2000个研修培训名额', 'initiatives')).toEqual([]);
    expect(yearsOf('2025亿元')).toEqual([]);
  });

  it('sorts and deduplicates', () => {
    expect(yearsOf('2025年与2024年、2025年')).toEqual([2024, 2025]);
  });

  it('reads full-width digits', () => {
    expect(yearsOf('２０２５年')).toEqual([2025]);
  });
});
