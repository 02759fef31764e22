import { describe, expect, it } from 'vitest';
import vocabulary from '@/data/numbers.json' with { type: 'json' };
import { readNumbers } from '@/lib/enrich/numbers';
import { parseNumbersVocabulary } from '@/lib/enrich/numbers/vocabulary';
import { chineseNumber } from '@/lib/parser/numerals';

const commitments = (title: string) =>
  readNumbers(title).commitments.map(({ quantity, unit, kind, relation, words, period }) => ({
    quantity,
    unit,
    kind,
    relation,
    words,
    period: period === null ? null : `${period.kind} ${period.value}`,
  }));

describe('numerals', () => {
  it.each([
    ['二十一', 21],
    ['四十二', 42],
    ['千万', 10_000_000],
    ['20亿', 2_000_000_000],
    ['100亿', 10_000_000_000],
    ['1万', 10_000],
    ['1.5万', 15_000],
    ['一亿五千万', 150_000_000],
    ['一百零五', 105],
    ['两', 2],
    ['一万亿', 1_000_000_000_000],
  ])('%s = %d exactly', (text, value) => {
    expect(chineseNumber(text)).toBe(value);
  });

  it.each([[''], ['十十'], ['一二'], ['万万'], ['亿'], ['万'], ['2025年']])(
    '%s is no numeral',
    (text) => {
      expect(chineseNumber(text)).toBeNull();
    },
  );
});

describe('amounts', () => {
  it('reads money exactly, with its kind from the noun after it, not the verb', () => {
    expect(commitments('中方2025年向成员国提供20亿元人民币无偿援助')).toEqual([
      {
        quantity: 2_000_000_000,
        unit: 'yuan',
        kind: 'grant',
        relation: null,
        words: '20亿元人民币无偿援助',
        period: 'year 2025',
      },
    ]);
  });

  it('reads 千万千瓦 as ten million kilowatts, and two commitments in one title as two', () => {
    const two = commitments('未来5年,中方将实施新增“千万千瓦光伏”和“千万千瓦风电”项目');
    expect(two.map((one) => [one.quantity, one.unit, one.words, one.period])).toEqual([
      [10_000_000, 'kilowatt', '千万千瓦光伏', 'next-years 5'],
      [10_000_000, 'kilowatt', '千万千瓦风电', 'next-years 5'],
    ]);
  });

  it('counts by the noun after the measure word, across a quoted name', () => {
    expect(commitments('中方在有需要的成员国实施100个“小而美”民生项目')[0]).toMatchObject({
      quantity: 100,
      unit: 'project',
      kind: 'implement',
      words: '100个“小而美”民生项目',
    });
    expect(commitments('未来三年,中方提供1万个人力资源研修培训名额')[0]).toMatchObject({
      quantity: 10_000,
      unit: 'training-place',
      period: 'next-years 3',
    });
  });

  it('commits to nothing without a kind word or a unit it knows', () => {
    expect(commitments('上海合作组织100个城市论坛')).toEqual([]);
    expect(readNumbers('上海合作组织100个城市论坛').quantities).toMatchObject([
      { value: 100, words: '100个' },
    ]);
    expect(commitments('中方提供100个席位')).toEqual([]);
  });
});

describe('traps', () => {
  it('never reads a year as an amount, nor an amount as a year', () => {
    const readings = readNumbers('2025年上海合作组织论坛');
    expect(readings.commitments).toEqual([]);
    expect(readings.years.map((year) => year.value)).toEqual([2025]);
    const counted = readNumbers('中方提供2000个研修培训名额');
    expect(counted.years).toEqual([]);
    expect(counted.commitments.map((one) => one.quantity)).toEqual([2000]);
  });

  it('takes a year as the period only where the title commits', () => {
    expect(readNumbers('中方2026年提供500个培训名额').periods).toMatchObject([
      { kind: 'year', value: 2026, words: '2026年' },
    ]);
    expect(readNumbers('2026年上海合作组织青年论坛').periods).toEqual([]);
  });

  it('reads no commitment from a count inside a quoted name, but keeps it as a quantity', () => {
    const readings = readNumbers('中方将实施“100个民生项目”计划');
    expect(readings.commitments).toEqual([]);
    expect(readings.quantities.map((one) => one.value)).toEqual([100]);
  });

  it('reads years and digits inside names as years and names, never as amounts', () => {
    const readings = readNumbers('“2025上合云品 好品山东”暨上合组织2035发展战略论坛与“上合100”');
    expect(readings.commitments).toEqual([]);
    expect(readings.years.map((one) => one.value)).toEqual([2025, 2035]);
    expect(readings.names.map((one) => one.value)).toEqual([100]);
  });

  it('leaves numerals in words unread: 一起, 同一, 单一, 一道, 四川, 万里行, 双碳, 首发团', () => {
    for (const title of [
      '“一起看中国·和合之旅”媒体活动',
      '四川省人民对外友好协会协议',
      '2025丝绸之路万里行·上合之路',
      '上海合作组织国家旅游“首发团”启动仪式',
      '中方将同上海合作组织其他国家一道实施新增项目',
    ]) {
      const readings = readNumbers(title);
      expect([...readings.commitments, ...readings.ordinals, ...readings.names], title).toEqual([]);
    }
  });

  it('reads 翻两番 as four times, and a phase as a phase, not a count', () => {
    expect(commitments('将上海合作组织专项奖学金名额翻两番')[0]).toMatchObject({
      quantity: null,
      relation: { key: 'multiple', value: 4 },
      unit: 'scholarship-place',
      kind: 'increase',
    });
    expect(commitments('设立中国—欧亚经济合作基金二期')[0]).toMatchObject({
      quantity: null,
      relation: { key: 'phase', value: 2 },
      unit: 'fund',
      kind: 'establish',
      words: '基金二期',
    });
  });
});

describe('ordinals and series', () => {
  const ordinals = (title: string) =>
    readNumbers(title).ordinals.map(({ value, kind, series }) => [value, kind, series]);

  it('gives each event of a compound its own series', () => {
    expect(
      ordinals('上海合作组织成员国教育部长第九次会议和第十五届“教育无国界”教育周活动'),
    ).toEqual([
      [9, 'session', '上海合作组织成员国教育部长会议'],
      [15, 'edition', '“教育无国界”教育周活动'],
    ]);
  });

  it('drops years and edition words from the series', () => {
    expect(ordinals('2025第二届上海合作组织雪地足球赛')).toEqual([
      [2, 'edition', '上海合作组织雪地足球赛'],
    ]);
    expect(ordinals('2025年度第3次上海合作组织青年会议')).toEqual([
      [3, 'session', '上海合作组织青年会议'],
    ]);
  });

  it('reads 首届 as the first edition; 首发团 is no ordinal', () => {
    expect(ordinals('首届上海合作组织传统医学论坛')).toEqual([
      [1, 'edition', '上海合作组织传统医学论坛'],
    ]);
    expect(ordinals('上海合作组织国家旅游“首发团”')).toEqual([]);
  });
});

describe('the vocabulary', () => {
  it('refuses a unit word given to two units', () => {
    const twice = structuredClone(vocabulary);
    twice.units[1]?.words.push('元');
    expect(() => parseNumbersVocabulary(twice)).toThrow(/unit word 元 listed twice/);
  });

  it('refuses a relation whose kind is unknown', () => {
    const unknown = structuredClone(vocabulary);
    if (unknown.relations[0]) unknown.relations[0].kind = 'double';
    expect(() => parseNumbersVocabulary(unknown)).toThrow(/unknown kind double/);
  });
});
