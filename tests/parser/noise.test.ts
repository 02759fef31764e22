import { describe, expect, it } from 'vitest';
import { parseList } from '@/lib/parser';

/** A small list in the real one's shape: two sections, declared counts, numbers running on. */
const LIST = [
  '三、合作倡议',
  '（一）中方在天津峰会上提出的倡议（共2项）',
  '1.中方将成立中国—上海合作组织能源合作平台',
  '2.中方将成立中国—上海合作组织绿色产业合作平台',
  '（二）中方其他倡议（共2项）',
  '3.成立上海合作组织国家数字经济联盟',
  '4.设立上海合作组织多边科研合作项目',
];

const titles = (text: string) => parseList(text).items.map((i) => `${i.number}:${i.title}`);
const clean = titles(LIST.join('\n'));
const insertAfter = (index: number, ...noise: string[]) =>
  [...LIST.slice(0, index + 1), ...noise, ...LIST.slice(index + 1)].join('\n');

describe('each class of noise is skipped and named', () => {
  it.each([
    [
      'commentary',
      [
        '俄罗斯亚太地区研究中心主任谢尔盖·萨纳科耶夫说,全球治理倡议进一步丰富了构建人类命运共同体理念。',
      ],
    ],
    ['commentary', ['的全球治理体系。']],
    ['page-marker', ['（上接第二版）']],
    ['page-header', ['要 闻', '2025年9月2日 星期二']],
    ['dateline', ['（新华社北京9月1日电）']],
    ['list-title', ['中国担任上海合作组织2024—2025年轮值主席国工作成果清单']],
  ])('%s', (reason, noise) => {
    const list = parseList(insertAfter(3, '', ...noise, ''));
    expect(list.items.map((i) => `${i.number}:${i.title}`)).toEqual(clean);
    expect(list.issues).toContainEqual(expect.objectContaining({ kind: 'skipped-lines', reason }));
  });

  it('a dateline stuck to an item is cut off and ends the article', () => {
    const text = insertAfter(6, '的全球治理体系').replace(
      '多边科研合作项目',
      '多边科研合作项目（新华社天津9月1日电）',
    );
    const list = parseList(text);
    expect(list.items.at(-1)?.title).toBe('设立上海合作组织多边科研合作项目');
    expect(list.issues).toContainEqual({
      kind: 'dateline-removed',
      line: 7,
      text: '（新华社天津9月1日电）',
    });
    // The line after the dateline starts another article: commentary, not the item's tail.
    expect(list.issues).toContainEqual(
      expect.objectContaining({ kind: 'skipped-lines', reason: 'commentary' }),
    );
  });

  it('a wrapped title is joined across a blank line; a sentence after an item is not', () => {
    const wrapped = LIST.join('\n').replace('1.中方将成立中国—', '1.中方将成立中国—\n\n');
    expect(titles(wrapped)).toEqual(clean);
    const prose = insertAfter(2, '这一倡议倡导平等、公正和互利合作。');
    expect(titles(prose)).toEqual(clean);
  });
});

describe('what does not add up is reported', () => {
  it('a declared count the copy does not reach, with the missing range', () => {
    const list = parseList(LIST.filter((l) => !l.startsWith('2.')).join('\n'));
    expect(list.issues).toContainEqual({
      kind: 'count-mismatch',
      section: 'initiatives',
      category: 1,
      declared: 2,
      measure: '项',
      found: 1,
    });
    expect(list.issues).toContainEqual({
      kind: 'missing-range',
      section: 'initiatives',
      category: 1,
      from: 2,
      to: 2,
    });
  });

  it('a number printed twice keeps the first and says so', () => {
    const list = parseList(
      [...LIST, '', '（上接第二版）', '', '4.设立上海合作组织多边科研合作项目'].join('\n'),
    );
    expect(list.items).toHaveLength(4);
    expect(list.issues).toContainEqual(
      expect.objectContaining({ kind: 'duplicate-number', section: 'initiatives', number: 4 }),
    );
  });
});
