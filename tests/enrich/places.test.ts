import { describe, expect, it } from 'vitest';
import { enrichItem } from '@/lib/enrich';
import { printedInSource } from './source';
import { reasonsOf, type Tie } from './ties';

const named = (...slugs: string[]): Tie[] =>
  slugs.map((slug) => ({ slug, via: 'named', ref: null }));
/** What contains a place the title gives: its region, country, macro-region. */
const parent = (...slugs: string[]): Tie[] =>
  slugs.map((slug) => ({ slug, via: 'parent', ref: null }));

/**
 * Titles as printed in data/xinhua-sco-outcomes-2025-09-02.txt, with the places they name (in
 * title order) and then what contains those, in the order the walk up from each reaches it.
 */
const PRINTED: [title: string, places: Tie[]][] = [
  [
    '中华人民共和国沈阳市和白俄罗斯共和国莫吉廖夫市建立友好合作关系意向书',
    [...named('china', 'shenyang', 'belarus', 'mogilev'), ...parent('liaoning', 'mogilev-region')],
  ],
  ['中国人民对外友好协会与全俄地方自治发展协会合作备忘录', named('china', 'russia')],
  [
    '天津市人民对外友好协会与俄中友协克拉斯诺达尔边疆区分会关于建立友好交流关系的协议',
    [...named('tianjin', 'russia', 'krasnodar-krai'), ...parent('china')],
  ],
  [
    '河南省人民对外友好协会与俄中友协萨拉托夫州分会关于建立友好交流关系的协议',
    [...named('henan', 'russia', 'saratov-oblast'), ...parent('china')],
  ],
  [
    '中华人民共和国辽宁省与哈萨克斯坦共和国阿特劳州建立友好省州关系意向书',
    [...named('china', 'liaoning', 'kazakhstan', 'atyrau-region'), ...parent('central-asia')],
  ],
  [
    '中华人民共和国沈阳市和哈萨克斯坦阿特劳市建立友好城市关系意向书',
    [
      ...named('china', 'shenyang', 'kazakhstan', 'atyrau'),
      ...parent('liaoning', 'central-asia', 'atyrau-region'),
    ],
  ],
  [
    '中华人民共和国陕西省榆林市与俄罗斯联邦阿尔汉格尔斯克州阿尔汉格尔斯克市建立友好城市关系协议书',
    named('china', 'shaanxi', 'yulin', 'russia', 'arkhangelsk-oblast', 'arkhangelsk'),
  ],
  [
    '中华人民共和国江西省赣州市和俄罗斯联邦北奥塞梯—阿兰共和国弗拉季高加索市友好交流与合作意向书',
    named('china', 'jiangxi', 'ganzhou', 'russia', 'north-ossetia-alania', 'vladikavkaz'),
  ],
  [
    '中华人民共和国辽宁省沈阳市与乌兹别克斯坦共和国布哈拉州布哈拉市建立友好合作关系谅解备忘录',
    [
      ...named('china', 'liaoning', 'shenyang', 'uzbekistan', 'bukhara-region', 'bukhara'),
      ...parent('central-asia'),
    ],
  ],
  [
    '沈阳市人民对外友好协会与埃及—中国友好协会建立友好合作关系协议',
    [...named('shenyang', 'egypt', 'china'), ...parent('liaoning')],
  ],
  [
    '中华人民共和国国家发展和改革委员会与吉尔吉斯共和国数字发展与技术创新部关于共同建设中国—上海合作组织国家（吉尔吉斯斯坦）人工智能应用合作中心的谅解备忘录',
    [...named('china', 'kyrgyzstan'), ...parent('central-asia')],
  ],
  ['上海合作组织睦邻友好合作委员会与蒙古和平友好组织合作备忘录', named('mongolia')],
  ['上海合作组织睦邻友好合作委员会与缅甸战略与国际问题研究所合作备忘录', named('myanmar')],
  [
    '2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议',
    [...named('shenyang'), ...parent('liaoning', 'china')],
  ],
  [
    '“2024—2025年上海合作组织旅游和文化之都”文旅交流周暨“国际友人@Qingdao”活动',
    [...named('qingdao'), ...parent('shandong', 'china')],
  ],
  ['“邂逅上合·大美新疆”上海合作组织国家青少年践学活动', [...named('xinjiang'), ...parent('china')]],
  ['“2025上合云品 好品山东”电商直播活动', [...named('shandong'), ...parent('china')]],
  ['2024上海合作组织昆明国际马拉松', [...named('kunming'), ...parent('yunnan', 'china')]],
  ['上海合作组织成员国交通部长第十二次会议', []],
  ['上合大家庭青少年友谊林植树活动', []],
  ['“上海合作组织+”青年智库沙龙', []],
];

const placesOf = (title: string) => reasonsOf(enrichItem({ section: 'meetings', title }).places);

describe('places named in printed titles', () => {
  it.each(PRINTED)('%s', (title, places) => {
    expect(printedInSource(title)).toBe(true);
    expect(placesOf(title)).toEqual(places);
  });
});

describe('place traps', () => {
  it('reads 白俄罗斯 as Belarus and never also as Russia', () => {
    const slugs = placesOf('白俄罗斯共和国莫吉廖夫市').map((place) => place.slug);
    expect(slugs).toContain('belarus');
    expect(slugs).not.toContain('russia');
  });

  it('reads 内蒙古 as Inner Mongolia in China, not Mongolia', () => {
    expect(placesOf('内蒙古')).toEqual([...named('neimenggu'), ...parent('china')]);
  });

  it('sees no Shanghai in 上海合作组织 or 上海精神, but does in 上海市', () => {
    expect(placesOf('上海合作组织')).toEqual([]);
    expect(placesOf('弘扬“上海精神”')).toEqual([]);
    expect(placesOf('上海市与上海合作组织')).toEqual([...named('shanghai'), ...parent('china')]);
  });

  it('implies the province and country of a city', () => {
    expect(placesOf('沈阳市')).toEqual([...named('shenyang'), ...parent('liaoning', 'china')]);
  });

  it('reports a place named twice once, at its first mention', () => {
    expect(placesOf('沈阳与天津、沈阳市')).toEqual([
      ...named('shenyang', 'tianjin'),
      ...parent('liaoning', 'china'),
    ]);
  });

  it('matches Latin names in any case, but only as whole words', () => {
    expect(placesOf('QINGDAO 2025')).toEqual([...named('qingdao'), ...parent('shandong', 'china')]);
    expect(placesOf('Qingdaoese')).toEqual([]);
  });

  it('accepts any dash in a hyphenated name', () => {
    expect(placesOf('北奥塞梯-阿兰共和国')[0]).toEqual(named('north-ossetia-alania')[0]);
  });

  it('reads 中亚 and 欧亚 as macro-regions, and a Central Asian country as inside 中亚', () => {
    expect(placesOf('中国中亚友好协会')).toEqual(named('china', 'central-asia'));
    expect(placesOf('设立中国—欧亚经济合作基金二期')).toEqual(named('china', 'eurasia'));
    expect(placesOf('塔吉克斯坦')).toEqual([...named('tajikistan'), ...parent('central-asia')]);
    // Mongolia and Russia are in no macro-region of the gazetteer.
    expect(placesOf('蒙古国')).toEqual(named('mongolia'));
  });

  it('names each place once even when its parent is named too, at its first mention', () => {
    expect(placesOf('沈阳市与辽宁省')).toEqual([
      ...named('shenyang', 'liaoning'),
      ...parent('china'),
    ]);
  });
});
