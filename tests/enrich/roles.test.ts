import { describe, expect, it } from 'vitest';
import { enrichItem, enrichList } from '@/lib/enrich';
import type { SectionKey } from '@/lib/parser/types';
import { printedInSource } from './source';

/**
 * The part each place plays in an item (data/place-roles.json): events take place where their
 * titles say, documents are signed by the places they name, 中方 acts — unless the wording says
 * otherwise. Printed titles are checked against the source; the others are made up to probe one
 * rule each.
 */

const rolesOf = (section: SectionKey, title: string) =>
  enrichItem({ section, title }).places.map(({ slug, role }) => `${slug}:${role}`);

describe('roles in printed titles', () => {
  it.each<[SectionKey, string, string[]]>([
    // An event takes place where its title says.
    [
      'meetings',
      '2024上海合作组织昆明国际马拉松',
      ['kunming:venue', 'yunnan:venue', 'china:venue'],
    ],
    ['meetings', '2025年上海合作组织国家媒体代表访华活动', ['china:venue']],
    // China paired with the organisation is a side of it, not where it happened.
    ['meetings', '中国—上海合作组织可持续发展产业合作大会', ['china:party']],
    ['meetings', '上海合作组织大学（中国）数字教育成果展', ['china:party']],
    // What is promoted or sold is the subject; the capital of tourism hosts the season.
    [
      'meetings',
      '“2024—2025年上海合作组织旅游和文化之都”旅游文化季启动仪式暨哈萨克斯坦旅游推介周活动',
      [
        'kazakhstan:subject',
        'qingdao:venue',
        'central-asia:subject',
        'shandong:venue',
        'china:venue',
      ],
    ],
    ['meetings', '“2025上合云品 好品山东”电商直播活动', ['shandong:subject', 'china:subject']],
    [
      'meetings',
      '中国—上海合作组织地方经贸合作示范区专题推介会',
      ['china:party', 'qingdao:subject', 'shandong:subject'],
    ],
    // A document is signed by the places it names, but adopted in the city it is named after.
    [
      'documents',
      '中华人民共和国沈阳市和白俄罗斯共和国莫吉廖夫市建立友好合作关系意向书',
      [
        'china:party',
        'shenyang:party',
        'belarus:party',
        'mogilev:party',
        'liaoning:party',
        'mogilev-region:party',
      ],
    ],
    [
      'documents',
      '中国—上海合作组织地方经贸合作大会青岛倡议',
      ['china:party', 'qingdao:venue', 'shandong:venue'],
    ],
    // 中方 acts, and outranks the pairing in the same title.
    ['initiatives', '中方将成立中国—上海合作组织能源合作平台', ['china:actor']],
    ['initiatives', '设立中国—欧亚经济合作基金二期', ['china:party', 'eurasia:party']],
  ])('%s %s', (section, title, roles) => {
    expect(printedInSource(title)).toBe(true);
    expect(rolesOf(section, title)).toEqual(roles);
  });
});

describe('roles by rule', () => {
  it('reads the words around the place, not the place alone', () => {
    expect(rolesOf('meetings', '青岛推介会')).toEqual([
      'qingdao:subject',
      'shandong:subject',
      'china:subject',
    ]);
    expect(rolesOf('meetings', '青岛会议')).toEqual([
      'qingdao:venue',
      'shandong:venue',
      'china:venue',
    ]);
    expect(rolesOf('documents', '天津宣言')).toEqual(['tianjin:venue', 'china:venue']);
    expect(rolesOf('documents', '天津合作协议')).toEqual(['tianjin:party', 'china:party']);
  });

  it('gives a visit its destination as venue even among documents', () => {
    expect(rolesOf('documents', '青年访华交流计划')).toEqual(['china:venue']);
  });

  it('gives a parent the part of the place it contains, the strongest of several', () => {
    // Qingdao hosts, Kazakhstan is promoted: China contains the venue only.
    expect(rolesOf('meetings', '青岛哈萨克斯坦旅游推介周')).toEqual([
      'qingdao:venue',
      'kazakhstan:subject',
      'shandong:venue',
      'china:venue',
      'central-asia:subject',
    ]);
    // Shenyang is adopted-in (venue), Liaoning signs (party): China contains both, venue wins.
    expect(rolesOf('documents', '辽宁省合作协议沈阳倡议')).toEqual([
      'liaoning:party',
      'shenyang:venue',
      'china:venue',
    ]);
  });

  it('gives a linked city the venue role', () => {
    const forum = '2025年上海合作组织民间友好论坛暨友好城市论坛';
    const { enrichments } = enrichList(
      [
        { section: 'meetings', category: 1, number: 1, title: forum },
        { section: 'documents', category: 1, number: 2, title: `${forum}沈阳倡议` },
      ],
      [],
    );
    expect(enrichments[0]?.places.map(({ slug, via, role }) => `${slug}:${via}:${role}`)).toEqual([
      'shenyang:linked:venue',
      'liaoning:parent:venue',
      'china:parent:venue',
    ]);
  });
});

describe('places a heading states', () => {
  const list = (heading: string | null, title = '成立上海合作组织国家数字经济联盟') =>
    enrichList(
      [
        { section: 'initiatives', category: 1, number: 1, title },
        { section: 'initiatives', category: 2, number: 2, title },
        { section: 'meetings', category: 1, number: 3, title },
      ],
      [
        {
          key: 'initiatives',
          categories: [
            { ordinal: 1, heading },
            { ordinal: 2, heading: null },
          ],
        },
        { key: 'meetings', categories: [{ ordinal: 1, heading: '中方举办的其他活动' }] },
      ],
    ).enrichments.map((one) =>
      one.places.map(({ slug, via, ref, role }) => `${slug}:${via}=${ref}:${role}`),
    );

  it('gives the items under it what it says, and nothing to other categories', () => {
    expect(list('中方在天津峰会上提出的倡议')).toEqual([
      ['tianjin:heading=initiatives.1:venue', 'china:heading=initiatives.1:actor'],
      [],
      [],
    ]);
  });

  it('reads another copy’s heading by the same rules', () => {
    expect(list('中方在青岛峰会上提出的倡议')[0]).toEqual([
      'qingdao:heading=initiatives.1:venue',
      'china:heading=initiatives.1:actor',
      'shandong:parent=null:venue',
    ]);
    expect(list('在上合峰会上提出的倡议')[0]).toEqual([
      'tianjin:heading=initiatives.1:venue',
      'china:parent=null:venue',
    ]);
    expect(list(null)).toEqual([[], [], []]);
  });

  it('never replaces the title’s own reason, and ties a place once', () => {
    expect(
      list('中方在天津峰会上提出的倡议', '中方将成立中国—上海合作组织能源合作平台')[0],
    ).toEqual(['china:named=null:actor', 'tianjin:heading=initiatives.1:venue']);
    expect(list('中方其他倡议', '天津合作中心')[0]).toEqual([
      'tianjin:named=null:venue',
      'china:heading=initiatives.1:actor',
    ]);
  });
});
