import { describe, expect, it } from 'vitest';
import raw from '@/data/outcome-types.json' with { type: 'json' };
import { enrichItem, OUTCOME_TYPES } from '@/lib/enrich';
import { parseOutcomeTypeRules } from '@/lib/enrich/rules-schema';
import type { SectionKey } from '@/lib/parser/types';
import { names } from '../support/names';
import { printedInSource } from './source';

/**
 * Titles as printed in the source, with the type a reader gives them; none of them announces
 * a second event of another type (those are below).
 */
const PRINTED: [section: SectionKey, title: string, type: string][] = [
  ['meetings', '上海合作组织成员国交通部长第十二次会议', 'meeting'],
  ['meetings', '上海合作组织成员国文化部长第二十二次会晤', 'meeting'],
  ['meetings', '上海合作组织成员国外交部法律问题磋商', 'meeting'],
  ['meetings', '上海合作组织成员国安全会议秘书第二十次专家会', 'meeting'],
  ['meetings', '2025年上海合作组织银联体协调员会暨高官会', 'meeting'],
  ['meetings', '上海合作组织大学2025年年会', 'meeting'],
  ['meetings', '中国—上海合作组织可持续发展产业合作大会', 'meeting'],
  ['meetings', '上海合作组织成员国“单一窗口”合作交流会', 'meeting'],
  ['meetings', '2024年上海合作组织银联体研讨会', 'meeting'],
  ['meetings', '上海合作组织政党论坛', 'forum'],
  ['meetings', '上海合作组织媒体智库峰会', 'forum'],
  ['meetings', '“上海合作组织+”青年智库沙龙', 'forum'],
  ['meetings', '国际医疗保障政策交流互鉴圆桌会议', 'forum'],
  ['meetings', '2025·上海合作组织国家文明对话系列活动', 'forum'],
  ['meetings', '2025年国际医学创新合作论坛', 'forum'],
  ['meetings', '上海合作组织国家公共行政管理研修班', 'training'],
  ['meetings', '中国—上海合作组织议员研讨班', 'training'],
  ['meetings', '上海合作组织成员国宫颈癌预防与控制国际培训班', 'training'],
  ['meetings', '中国—上海合作组织“应急少年”青少年应急医学训练营', 'training'],
  ['meetings', '“丝路电商”云上大讲堂上海合作组织专场', 'training'],
  ['meetings', '上海合作组织国家废弃物管理能力建设培训活动', 'training'],
  ['meetings', '2025上海合作组织国际投资贸易博览会', 'exhibition'],
  ['meetings', '上海合作组织大学（中国）数字教育成果展', 'exhibition'],
  ['meetings', '“同一片蓝天下”上海合作组织国家儿童画展', 'exhibition'],
  ['meetings', '上海合作组织世界遗产影像展', 'exhibition'],
  ['meetings', '上海合作组织国家博物馆馆藏精品展', 'exhibition'],
  ['meetings', '人工智能+医疗及创新医药器械专题展', 'exhibition'],
  ['meetings', '上海合作组织国家优秀影视作品展映周', 'cultural-event'],
  ['meetings', '《习近平的文化情缘》上海合作组织国家展播', 'cultural-event'],
  [
    'meetings',
    '“上合之约 津彩国际”天津市外国留学生文艺展演暨天津大学第十五届国际文化节',
    'cultural-event',
  ],
  ['meetings', '《美美与共·上合之夜》——上海合作组织国家经典音乐联演', 'cultural-event'],
  ['meetings', '上海合作组织儿童新年音乐会', 'cultural-event'],
  ['meetings', '上海合作组织国家电影节', 'cultural-event'],
  ['meetings', '2024上海合作组织昆明国际马拉松', 'competition'],
  ['meetings', '2025中国—上海合作组织冰雪体育示范区国际冰壶邀请赛', 'competition'],
  ['meetings', '第三届上海合作组织国家职工技能大赛', 'competition'],
  ['meetings', '“喜迎上合峰会 共绘津彩画卷”青少年绘画比赛活动', 'competition'],
  ['meetings', '上海合作组织数字经济高校联盟成立仪式', 'ceremony'],
  [
    'meetings',
    '上海合作组织国家旅游“首发团”暨上海合作组织旅游和文化之都综合服务示范基地启动仪式',
    'ceremony',
  ],
  ['meetings', '“邂逅上合·大美新疆”上海合作组织国家青少年践学活动', 'exchange'],
  ['meetings', '上海合作组织国家青年文化交流营', 'exchange'],
  ['meetings', '2025年上海合作组织国家媒体代表访华活动', 'exchange'],
  ['meetings', '上合大家庭青少年友谊林植树活动', 'exchange'],
  ['meetings', '上海合作组织成员国应急管理和消防救援人才培养学术交流', 'exchange'],
  ['meetings', '中国—上海合作组织地方经贸合作示范区专题推介会', 'promotion'],
  ['meetings', '中国—上海合作组织电子商务产业对接活动', 'promotion'],
  ['meetings', '出版《新时代的上合故事》', 'media'],
  ['meetings', '“上合青春正当时”媒体行动', 'media'],
  ['meetings', '上合书架（面向上海合作组织国家捐赠图书）', 'media'],
  [
    'documents',
    '上海合作组织大学校长办公室与上海合作组织大学项目院校校长委员会谅解备忘录',
    'memorandum',
  ],
  [
    'documents',
    '天津市人民对外友好协会与俄中友协克拉斯诺达尔边疆区分会关于建立友好交流关系的协议',
    'agreement',
  ],
  [
    'documents',
    '中华人民共和国宁夏回族自治区与哈萨克斯坦共和国阿拉木图州建立友好州区关系协议书',
    'agreement',
  ],
  [
    'documents',
    '中华人民共和国江西省赣州市和俄罗斯联邦北奥塞梯—阿兰共和国弗拉季高加索市友好交流与合作意向书',
    'letter-of-intent',
  ],
  ['documents', '2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议', 'initiative'],
  ['documents', '2025年国际医学创新合作论坛倡议', 'initiative'],
  ['documents', '中国—上海合作组织博士生培养创新中心建设方案', 'plan'],
  ['documents', '共同的家园——上海合作组织成员国发展愿景民意调查报告', 'report'],
  ['initiatives', '中方将办好上海合作组织政党论坛', 'initiative'],
  ['initiatives', '面向上海合作组织国家开展传统医学医疗技术合作交流培训', 'initiative'],
  ['initiatives', '中方2025年向成员国提供20亿元人民币无偿援助', 'initiative'],
];

/**
 * Compound titles (A暨B, A和B): the first event decides the type, a second event of another
 * type is the secondary type; quoted names never type an item; a document named after the
 * meeting that adopted it is typed by its genre, however many events the meeting's name joins.
 */
const COMPOUND: [section: SectionKey, title: string, type: string, secondary: string | null][] = [
  ['meetings', '第七届上海合作组织大学能源会议暨双碳战略智库签约仪式', 'meeting', 'ceremony'],
  ['meetings', '上海合作组织成员国艺术节开幕式暨青年歌会', 'ceremony', 'cultural-event'],
  [
    'meetings',
    '上海合作组织成员国教育部长第九次会议和第十五届“教育无国界”教育周活动',
    'meeting',
    'exchange',
  ],
  [
    'meetings',
    '“2024—2025年上海合作组织旅游和文化之都”旅游文化季启动仪式暨哈萨克斯坦旅游推介周活动',
    'ceremony',
    'promotion',
  ],
  // Both events of one type: no secondary.
  ['meetings', '2025年上海合作组织民间友好论坛暨友好城市论坛', 'forum', null],
  ['meetings', '2025年上海合作组织银联体协调员会暨高官会', 'meeting', null],
  // 和 joining two nouns, not two events.
  ['meetings', '2025年上海合作组织减贫和可持续发展论坛', 'forum', null],
  ['meetings', '健康快车国际光明行和防盲交流活动', 'exchange', null],
  // Quoted names: 峰会 and 对话 inside quotes say nothing of what the item is.
  ['meetings', '“喜迎上合峰会 共绘津彩画卷”青少年绘画比赛活动', 'competition', null],
  ['meetings', '“世界市长对话·上合峰会城市”活动', 'exchange', null],
  // The last keyword of the head wins: 踩线 (a familiarisation trip), not 来华.
  ['meetings', '“你好！中国”上海合作组织成员国旅行商来华踩线活动', 'promotion', null],
  // Documents named after their meeting keep their genre.
  ['documents', '2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议', 'initiative', null],
  ['documents', '中国—上海合作组织地方经贸合作大会青岛倡议', 'initiative', null],
  ['documents', '2025年国际医学创新合作论坛倡议', 'initiative', null],
];

describe('outcome type of printed titles', () => {
  it.each(PRINTED)('%s: %s', (section, title, type) => {
    expect(printedInSource(title)).toBe(true);
    expect(enrichItem({ section, title })).toMatchObject({ type, secondaryType: null });
  });

  it.each(COMPOUND)('%s: %s', (section, title, type, secondaryType) => {
    expect(printedInSource(title)).toBe(true);
    expect(enrichItem({ section, title })).toMatchObject({ type, secondaryType });
  });

  it('types every item of the initiatives section as an initiative, whatever its words', () => {
    expect(
      enrichItem({ section: 'initiatives', title: '中方将办好上海合作组织绿色和可持续发展论坛' }),
    ).toMatchObject({ type: 'initiative', secondaryType: null });
  });

  it('falls back to other when no keyword occurs', () => {
    expect(enrichItem({ section: 'meetings', title: '上海合作组织' }).type).toBe('other');
  });
});

describe('outcome type vocabulary', () => {
  it('lists every type once, other included, with both labels', () => {
    const keys = OUTCOME_TYPES.map((type) => type.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('other');
    for (const type of OUTCOME_TYPES) {
      expect(type.names.zh).not.toBe('');
      expect(type.names.en).not.toBe('');
    }
  });

  it('rejects rules whose winner would depend on file order, or that can never apply', () => {
    const copy = { ...raw.types[0], key: 'copy' };
    expect(() => parseOutcomeTypeRules({ ...raw, types: [...raw.types, copy] })).toThrow(
      /keyword .+ in two places/,
    );
    expect(() => parseOutcomeTypeRules({ ...raw, fallback: 'missing' })).toThrow(
      /fallback missing is not a type/,
    );
    const idle = { key: 'idle', ...names('空', 'Idle'), why: 'never triggered', keywords: [] };
    expect(() => parseOutcomeTypeRules({ ...raw, types: [...raw.types, idle] })).toThrow(
      /idle can never match/,
    );
  });

  it('accepts the shipped rules', () => {
    expect(() => parseOutcomeTypeRules(raw)).not.toThrow();
  });
});
