import { describe, expect, it } from 'vitest';
import { enrichItem, FACTS, PLACES } from '@/lib/enrich';
import type { SectionKey } from '@/lib/parser/types';
import { printedInSource } from './source';
import { reasonsOf, type Tie } from './ties';

/**
 * Standing facts (data/facts.json): a wording that means one place in a period. A title gets
 * the fact's place when it uses the wording, states no year outside the period and names no
 * other city. Titles marked printed are checked against the source; the others are made up to
 * probe one condition each.
 */

const fact = (slug: string, id: string): Tie => ({ slug, via: 'fact', ref: id });
const named = (slug: string): Tie => ({ slug, via: 'named', ref: null });
const parent = (...slugs: string[]): Tie[] =>
  slugs.map((slug) => ({ slug, via: 'parent', ref: null }));

const SUMMIT = 'sco-summit-2025';
const CAPITAL = 'sco-tourism-cultural-capital-2024-2025';
const AREA = 'china-sco-demonstration-area';

const placesOf = (title: string, section: SectionKey = 'meetings') =>
  reasonsOf(enrichItem({ section, title }).places);

describe('the facts file', () => {
  it('holds the three facts the list needs, each tied to a known place', () => {
    const slugs = new Set(PLACES.map((place) => place.slug));
    expect(FACTS.map((one) => [one.id, one.place])).toEqual([
      [SUMMIT, 'tianjin'],
      [CAPITAL, 'qingdao'],
      [AREA, 'qingdao'],
    ]);
    for (const one of FACTS) {
      expect(slugs.has(one.place), one.id).toBe(true);
      expect(one.source.title, one.id).not.toBe('');
    }
  });

  it('bounds the summit and the capital to the chairmanship, the area from 2018 on', () => {
    const periods = Object.fromEntries(FACTS.map((one) => [one.id, one.period]));
    expect(periods).toEqual({
      [SUMMIT]: { from: 2024, to: 2025 },
      [CAPITAL]: { from: 2024, to: 2025 },
      [AREA]: { from: 2018, to: null },
    });
  });
});

describe('facts in printed titles', () => {
  it.each([
    // 上合峰会 is the 2025 summit, in Tianjin; the quoted programme name counts as wording.
    ['“世界市长对话·上合峰会城市”活动', [fact('tianjin', SUMMIT), ...parent('china')]],
    [
      '上海合作组织旅游和文化之都系列活动',
      [fact('qingdao', CAPITAL), ...parent('shandong', 'china')],
    ],
    // 2024—2025 lies inside the capital's period; Kazakhstan is a country, not another city.
    [
      '“2024—2025年上海合作组织旅游和文化之都”旅游文化季启动仪式暨哈萨克斯坦旅游推介周活动',
      [
        named('kazakhstan'),
        fact('qingdao', CAPITAL),
        ...parent('central-asia', 'shandong', 'china'),
      ],
    ],
    [
      '中国—上海合作组织地方经贸合作示范区专题推介会',
      [named('china'), fact('qingdao', AREA), ...parent('shandong')],
    ],
    // A demonstration area of another kind is not the one in Qingdao.
    ['2025中国—上海合作组织冰雪体育示范区国际冰壶邀请赛', [named('china')]],
    // Named in Latin letters, Qingdao needs no fact.
    [
      '“2024—2025年上海合作组织旅游和文化之都”文旅交流周暨“国际友人@Qingdao”活动',
      [named('qingdao'), ...parent('shandong', 'china')],
    ],
  ])('%s', (title, places) => {
    expect(printedInSource(title)).toBe(true);
    expect(placesOf(title)).toEqual(places);
  });

  it('reads the demonstration area in an initiative too', () => {
    const title = '推动中国—上海合作组织地方经贸合作示范区高质量发展';
    expect(printedInSource(title)).toBe(true);
    expect(placesOf(title, 'initiatives')).toEqual([
      named('china'),
      fact('qingdao', AREA),
      ...parent('shandong'),
    ]);
  });
});

describe('conditions of a fact', () => {
  it('gives no fact place to a title stating a year outside the period', () => {
    expect(placesOf('2023年上合峰会城市活动')).toEqual([]);
    expect(placesOf('2026年上海合作组织旅游和文化之都系列活动')).toEqual([]);
    expect(placesOf('2017年中国—上海合作组织地方经贸合作示范区推介会')).toEqual([named('china')]);
    // One year outside is enough, even beside one inside.
    expect(placesOf('2025—2026年上海合作组织旅游和文化之都系列活动')).toEqual([]);
  });

  it('takes every year inside the period, and any year after an open-ended start', () => {
    expect(placesOf('2024年上合峰会城市活动')[0]).toEqual(fact('tianjin', SUMMIT));
    expect(placesOf('2030年中国—上海合作组织地方经贸合作示范区推介会')).toEqual([
      named('china'),
      fact('qingdao', AREA),
      ...parent('shandong'),
    ]);
  });

  it('gives no fact place to a title naming another city', () => {
    expect(placesOf('上合峰会青岛分会场')).toEqual([
      named('qingdao'),
      ...parent('shandong', 'china'),
    ]);
    expect(placesOf('上海合作组织旅游和文化之都沈阳推介会')).toEqual([
      named('shenyang'),
      ...parent('liaoning', 'china'),
    ]);
  });

  it('keeps a place the title names as named, not as a fact', () => {
    expect(placesOf('天津上合峰会城市活动')).toEqual([named('tianjin'), ...parent('china')]);
  });

  it('reads the wording with any dash, and not when it is broken', () => {
    expect(placesOf('中国-上合组织地方经贸合作示范区推介会')[1]).toEqual(fact('qingdao', AREA));
    expect(placesOf('上合组织的峰会')).toEqual([]);
  });
});
