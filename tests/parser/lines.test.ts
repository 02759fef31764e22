import { describe, expect, it } from 'vitest';
import { classifyLine } from '@/lib/parser/lines';
import { chineseOrdinal } from '@/lib/parser/numerals';

const kind = (text: string) => classifyLine(text, 1);

describe('item lines', () => {
  it.each([
    ['111.上海合作组织成员国安全会议秘书第二十次专家会', 111],
    ['1．中方将成立中国—上海合作组织能源合作平台', 1],
    ['24、成立上海合作组织国家数字经济联盟', 24],
    ['7. 中方在有需要的成员国实施100个“小而美”民生项目', 7],
    ['１２３．上海合作组织', 123],
  ])('%s is item %i', (text, number) => {
    expect(kind(text)).toMatchObject({ kind: 'item', number });
  });

  it('keeps the title as printed, digits made ASCII', () => {
    expect(kind('８．中方２０２５年向成员国提供２０亿元人民币无偿援助')).toMatchObject({
      text: '中方2025年向成员国提供20亿元人民币无偿援助',
    });
  });

  it.each([
    ['2025年9月2日 星期二'],
    ['2025.9.1 上午'],
    ['民间友好论坛暨友好城市论坛沈阳倡议'],
    ['21世纪以来'],
  ])('%s is not an item', (text) => {
    expect(kind(text).kind).not.toBe('item');
  });
});

describe('section headings', () => {
  it.each([
    ['二、成果文件', 2],
    ['三、合作倡议', 3],
    ['一、会议和活动', 1],
  ])('%s is section %i', (text, ordinal) => {
    expect(kind(text)).toMatchObject({ kind: 'section', ordinal });
  });

  it.each([['一、坚持多边主义'], ['三、成果文件'], ['二、成果文件。']])(
    '%s is not a section of the list',
    (text) => {
      expect(kind(text).kind).not.toBe('section');
    },
  );
});

describe('category headings', () => {
  it('reads ordinal, name and declared count', () => {
    expect(kind('（二）中方举办的其他活动（共77项）')).toEqual({
      kind: 'category',
      line: 1,
      ordinal: 2,
      heading: '中方举办的其他活动',
      declaredCount: 77,
      declaredMeasure: '项',
    });
    expect(kind('（一）峰会成果文件（共24份）')).toMatchObject({
      heading: '峰会成果文件',
      declaredCount: 24,
      declaredMeasure: '份',
    });
    expect(kind('(三)其他成果')).toMatchObject({
      ordinal: 3,
      heading: '其他成果',
      declaredCount: null,
      declaredMeasure: null,
    });
  });

  it.each([['（上接第二版）'], ['（新华社天津9月1日电）'], ['（二）这是评论。']])(
    '%s is not one',
    (text) => {
      expect(kind(text).kind).not.toBe('category');
    },
  );
});

describe('noise lines', () => {
  it.each([
    ['（上接第二版）', 'page-marker'],
    ['（下接第四版）', 'page-marker'],
    ['要 闻', 'page-header'],
    ['2025年9月2日 星期二', 'page-header'],
    ['（新华社北京9月1日电）', 'dateline'],
    ['中国担任上海合作组织2024—2025年轮值主席国工作成果清单', 'list-title'],
  ])('%s is %s', (text, reason) => {
    expect(kind(text)).toMatchObject({ kind: 'noise', reason });
  });

  it('leaves prose as text for the fragment reader to judge', () => {
    expect(kind('美好的未来,总在实干中成就。').kind).toBe('text');
    expect(kind('　\t ').kind).toBe('blank');
  });
});

describe('Chinese ordinals', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('%s = %i', (text, value) => {
    expect(chineseOrdinal(text)).toBe(value);
  });
  it.each([[''], ['十十'], ['一二'], ['百']])('%s is not one', (text) => {
    expect(chineseOrdinal(text)).toBeNull();
  });
});
