import { describe, expect, it } from 'vitest';
import raw from '@/data/topics.json' with { type: 'json' };
import { enrichItem, TOPICS } from '@/lib/enrich';
import { parseTopicRules } from '@/lib/enrich/rules-schema';
import type { SectionKey } from '@/lib/parser/types';
import { printedInSource } from './source';

interface Case {
  section: SectionKey;
  title: string;
  has: string[];
  lacks?: string[];
}

/** Titles as printed in the source, with topics a reader sees in them and traps to avoid. */
const PRINTED: Case[] = [
  { section: 'meetings', title: '上海合作组织成员国安全会议秘书第二十次专家会', has: ['security'] },
  {
    section: 'meetings',
    title: '上海合作组织地区反恐机构理事会第四十二次会议法律专家会',
    has: ['security', 'law'],
  },
  {
    section: 'meetings',
    title: '2025上海合作组织数字经济论坛',
    has: ['digital-ai', 'economy-trade'],
  },
  {
    section: 'meetings',
    title: '上海合作组织国家跨境电商合作发展研修班',
    has: ['economy-trade', 'digital-ai'],
  },
  {
    section: 'initiatives',
    title: '中方邀请有条件的国家参与国际月球科研站建设',
    has: ['science-tech'],
  },
  {
    section: 'initiatives',
    title: '未来5年,中方将同上海合作组织其他国家一道实施新增“千万千瓦光伏”和“千万千瓦风电”项目',
    has: ['energy-environment'],
  },
  {
    section: 'initiatives',
    title: '未来5年,中方将为上海合作组织其他国家实施5000例白内障手术',
    has: ['health'],
  },
  { section: 'meetings', title: '上海合作组织军事医学研讨会', has: ['security', 'health'] },
  {
    section: 'initiatives',
    title: '未来5年,中方在成员国建设10所“鲁班工坊”',
    has: ['education-youth'],
  },
  {
    section: 'meetings',
    title: '上海合作组织儿童新年音乐会',
    has: ['education-youth', 'culture-tourism'],
  },
  { section: 'meetings', title: '上海合作组织成员国旅游部门领导人会议', has: ['culture-tourism'] },
  { section: 'meetings', title: '第六届上海合作组织国家国际象棋团体赛', has: ['sports'] },
  { section: 'meetings', title: '2024上海合作组织冰球邀请赛', has: ['sports'] },
  {
    section: 'meetings',
    title: '第三届上海合作组织国家职工技能大赛',
    has: ['labour'],
    lacks: ['sports'],
  },
  {
    section: 'meetings',
    title: '上海合作组织成员国青年创新创业大赛',
    has: ['education-youth', 'science-tech', 'economy-trade'],
    lacks: ['sports'],
  },
  {
    section: 'meetings',
    title: '上海合作组织成员国外交部新闻部门磋商',
    has: ['governance', 'media'],
  },
  {
    section: 'meetings',
    title: '上海合作组织成员国植物检疫部门负责人第二次会议',
    has: ['agriculture'],
  },
  { section: 'meetings', title: '上海合作组织仲裁法律论坛', has: ['law'] },
  {
    section: 'meetings',
    title: '上海合作组织成员国边境地区紧急救灾部门负责人第八次会议',
    has: ['emergency'],
  },
  { section: 'meetings', title: '上海合作组织成员国扩员问题专家会议', has: ['governance'] },
  { section: 'meetings', title: '上海合作组织成员国审计官员研修班', has: ['governance'] },
  { section: 'meetings', title: '上海合作组织成员国常驻秘书处代表会议', has: ['governance'] },
  {
    section: 'meetings',
    title: '上海合作组织成员国和亚信国家公务员公共行政管理研修班',
    has: ['governance'],
  },
  {
    section: 'documents',
    title: '中国人民对外友好协会与全俄地方自治发展协会合作备忘录',
    has: ['friendship'],
  },
  {
    section: 'meetings',
    title: '2025年上海合作组织民间友好论坛暨友好城市论坛',
    has: ['friendship'],
  },
  {
    section: 'initiatives',
    title: '建设上海合作组织国际道路运输“丝路驿站”',
    has: ['transport'],
  },
  { section: 'meetings', title: '上海合作组织妇女论坛', has: ['women'] },
  {
    section: 'meetings',
    title: '“女性视角下的上海合作组织研究”研讨会',
    has: ['women', 'think-tanks'],
  },
  { section: 'meetings', title: '上海合作组织国家减贫与发展研修班', has: ['development'] },
  { section: 'meetings', title: '上海合作组织智库论坛2024', has: ['think-tanks'] },
  {
    section: 'initiatives',
    title: '未来5年,中方提供1万个人力资源研修培训名额',
    has: ['education-youth'],
    lacks: ['energy-environment'],
  },
  {
    section: 'meetings',
    title: '上海合作组织中青年军官交流活动',
    has: ['security', 'education-youth'],
  },
  { section: 'meetings', title: '上海合作组织工会领导人会议', has: ['labour'] },
  {
    section: 'meetings',
    title: '上海合作组织国家电视剧',
    has: ['culture-tourism', 'media'],
  },
  {
    section: 'meetings',
    title: '上海合作组织国家人道援助工作能力建设研修班',
    has: ['emergency', 'development'],
  },
  {
    section: 'meetings',
    title: '中国—上海合作组织可持续发展产业合作大会',
    has: ['economy-trade', 'development'],
  },
];

describe('topics of printed titles', () => {
  it.each(PRINTED)('$title', ({ section, title, has, lacks = [] }) => {
    expect(printedInSource(title)).toBe(true);
    const topics = enrichItem({ section, title }).topics;
    expect(topics).toEqual(expect.arrayContaining(has));
    for (const topic of lacks) expect(topics).not.toContain(topic);
  });
});

describe('topic vocabulary', () => {
  it('lists every topic once, with both labels, and returns topics in that order', () => {
    const keys = TOPICS.map((topic) => topic.key);
    expect(new Set(keys).size).toBe(keys.length);
    const topics = enrichItem({
      section: 'documents',
      title: '成立上海合作组织数字经济产业合作与职业教育多边合作网络',
    }).topics;
    expect(topics).toEqual(keys.filter((key) => topics.includes(key)));
  });

  it('rejects a duplicate key or a keyword listed twice in one topic', () => {
    const [first] = raw.topics;
    expect(() => parseTopicRules({ topics: [...raw.topics, { ...first }] })).toThrow(
      /duplicate key/,
    );
    const doubled = { ...first, key: 'doubled', keywords: ['重复', '重复'] };
    expect(() => parseTopicRules({ topics: [...raw.topics, doubled] })).toThrow(/listed twice/);
  });
});
