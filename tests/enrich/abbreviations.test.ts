import { describe, expect, it } from 'vitest';
import gazetteer from '@/data/gazetteer.json' with { type: 'json' };
import { enrichItem } from '@/lib/enrich';
import type { SectionKey } from '@/lib/parser/types';
import { printedInSource } from './source';
import { reasonsOf, type Tie } from './ties';

/**
 * One-character names stand for a place only inside the words the gazetteer lists for them
 * (津彩, 访华) and, for 中方, only in the initiatives section; a place the title names in full
 * is named, not abbreviated. Printed titles are checked against the source.
 */

const abbreviated = (slug: string, word: string): Tie => ({
  slug,
  via: 'abbreviation',
  ref: word,
});
const named = (slug: string): Tie => ({ slug, via: 'named', ref: null });
const parent = (...slugs: string[]): Tie[] =>
  slugs.map((slug) => ({ slug, via: 'parent', ref: null }));

const placesOf = (title: string, section: SectionKey = 'meetings') =>
  reasonsOf(enrichItem({ section, title }).places);

describe('abbreviations in printed titles', () => {
  it.each([
    [
      'meetings',
      '“喜迎上合峰会 共绘津彩画卷”青少年绘画比赛活动',
      // 津彩 outranks the summit fact 上合峰会 also reaches: one tag per place, the strongest.
      [abbreviated('tianjin', '津彩'), ...parent('china')],
    ],
    // 天津 is named in full: 津彩 and 津通 add nothing.
    [
      'meetings',
      '“上合之约 津彩国际”天津市外国留学生文艺展演暨天津大学第十五届国际文化节',
      [named('tianjin'), ...parent('china')],
    ],
    [
      'meetings',
      '“津通上合”音乐汇（回家篇和团聚篇）——2025天津音乐学院民族管弦乐专场音乐会',
      [named('tianjin'), ...parent('china')],
    ],
    ['meetings', '2025年上海合作组织国家媒体代表访华活动', [abbreviated('china', '访华')]],
    // 中国 is named, so the weaker 来华 is not recorded.
    ['meetings', '“你好！中国”上海合作组织成员国旅行商来华踩线活动', [named('china')]],
    [
      'initiatives',
      '中方在有需要的成员国实施100个“小而美”民生项目',
      [abbreviated('china', '中方')],
    ],
    // 中国—上海合作组织 names China; 中方 is weaker.
    ['initiatives', '中方将成立中国—上海合作组织能源合作平台', [named('china')]],
  ] as const)('%s: %s', (section, title, places) => {
    expect(printedInSource(title)).toBe(true);
    expect(placesOf(title, section)).toEqual(places);
  });
});

describe('abbreviations only in their words and sections', () => {
  it('reads 津 as Tianjin in 津彩 and 津通 only', () => {
    expect(placesOf('“津通上合”音乐汇')).toEqual([
      abbreviated('tianjin', '津通'),
      ...parent('china'),
    ]);
    expect(placesOf('发放津贴')).toEqual([]);
    expect(placesOf('津门故事')).toEqual([]);
  });

  it('reads 华 as China in 访华 and 来华 only', () => {
    expect(placesOf('外国青年来华交流')).toEqual([abbreviated('china', '来华')]);
    expect(placesOf('华人华侨论坛')).toEqual([]);
    expect(placesOf('中华文化交流')).toEqual([]);
    expect(placesOf('华为数字论坛')).toEqual([]);
  });

  it('reads 中方 as China in the initiatives section only', () => {
    const title = '中方未来3年对银行联合体成员行新增发放100亿元人民币贷款';
    expect(printedInSource(title)).toBe(true);
    expect(placesOf(title, 'initiatives')).toEqual([abbreviated('china', '中方')]);
    expect(placesOf(title, 'meetings')).toEqual([]);
    expect(placesOf(title, 'documents')).toEqual([]);
  });

  it('lists, for every rule, words that contain its abbreviation', () => {
    const rules = gazetteer.abbreviations;
    expect(rules.map((rule) => [rule.text, rule.place, rule.sections])).toEqual([
      ['津', 'tianjin', []],
      ['华', 'china', []],
      ['中方', 'china', ['initiatives']],
    ]);
    for (const rule of rules) {
      for (const word of rule.contexts) expect(word).toContain(rule.text);
    }
  });
});
