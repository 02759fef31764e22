import { describe, expect, it } from 'vitest';
import { parseList, parseSource, SourceError } from '@/lib/parser';
import { datelineDay, publicationFacts } from '@/lib/parser/publication';
import { SOURCE_BYTES, SOURCE_TEXT } from '../support/source';

const sourceLines = SOURCE_TEXT.split('\n');

describe('the real copy’s publication', () => {
  const { publication } = parseSource(SOURCE_BYTES);

  it('is dated by the dateline that closes the list, not by a commentary’s', () => {
    // Read by hand: line 101 is initiatives 36, the last item of the last part, ending in the
    // list's dateline. Lines 106 (北京) and 478 (天津 again) close commentary printed around it.
    expect(sourceLines[100]).toBe(
      '36.推动中国—上海合作组织地方经贸合作示范区高质量发展（新华社天津9月1日电）',
    );
    expect(sourceLines[105]).toMatch(/前景。（新华社北京9月1日电）$/);
    expect(sourceLines[477]).toMatch(/力量。”（新华社天津9月1日电）$/);
    expect(publication.dateline).toEqual({
      text: '（新华社天津9月1日电）',
      line: 101,
      place: '天津',
      month: 9,
      day: 1,
      closes: { section: 'initiatives', number: 36 },
    });
  });

  it('reads the newspaper page’s date from its header', () => {
    expect(sourceLines[287]).toBe('2025年9月2日 星期二');
    expect(publication.pageDate).toEqual({
      date: '2025-09-02',
      text: '2025年9月2日 星期二',
      line: 288,
    });
  });

  it('gives the dispatch the page’s year: 1 September 2025, filed in Tianjin', () => {
    expect(
      publicationFacts(publication, { fileName: 'xinhua-sco-outcomes-2025-09-02.txt' }),
    ).toEqual({
      dispatch: { place: '天津', date: '2025-09-01', yearFrom: 'page', line: 101 },
      page: { date: '2025-09-02', line: 288 },
    });
  });
});

/** A small copy in the real one's shape: the list's three parts, then what follows them. */
const LIST = [
  '中国担任上海合作组织2024—2025年轮值主席国工作成果清单',
  '一、会议和活动',
  '（一）中方举办的活动（共2项）',
  '1.上海合作组织国家民间友好论坛',
  '2.上海合作组织国家媒体智库论坛',
  '二、成果文件',
  '（一）峰会成果文件（共1项）',
  '1.上海合作组织成员国元首理事会天津宣言',
  '三、合作倡议',
  '（一）中方在天津峰会上提出的倡议（共2项）',
  '1.中方将成立中国—上海合作组织能源合作平台',
  '2.中方将成立中国—上海合作组织绿色产业合作平台',
];
const COMMENTARY = [
  '',
  '俄罗斯亚太地区研究中心主任谢尔盖·萨纳科耶夫说,全球治理倡议进一步丰富了构建人类命运共同体理念。（新华社北京9月3日电）',
];
const read = (...lines: string[]) => parseList(lines.join('\n')).publication;
const withDateline = (dateline: string) =>
  LIST.map((line, i) => (i === LIST.length - 1 ? `${line}${dateline}` : line));

describe('the list’s dateline', () => {
  it('is the one stuck to the list’s last item, whatever commentary follows', () => {
    const { dateline } = read(...withDateline('（新华社天津9月1日电）'), ...COMMENTARY);
    expect(dateline).toMatchObject({ place: '天津', month: 9, day: 1, line: 12 });
    expect(dateline?.closes).toEqual({ section: 'initiatives', number: 2 });
  });

  it('is not a commentary’s dateline printed after the list when the list has none', () => {
    expect(read(...LIST, ...COMMENTARY).dateline).toBeNull();
    // Nor a dateline on its own line after commentary.
    expect(
      read(...LIST, '', '这一倡议倡导平等、公正和互利合作。', '（新华社北京9月3日电）').dateline,
    ).toBeNull();
  });

  it('may stand on its own line after the last item, blank lines between', () => {
    const { dateline } = read(...LIST, '', '（新华社天津9月1日电）', ...COMMENTARY);
    expect(dateline).toMatchObject({ place: '天津', month: 9, day: 1, line: 14 });
  });

  it('is read with ASCII parentheses and full-width digits, or wrapped across lines', () => {
    expect(read(...withDateline('(新华社天津９月１日电)')).dateline).toMatchObject({
      text: '(新华社天津9月1日电)',
      place: '天津',
      month: 9,
      day: 1,
    });
    const wrapped = [
      ...LIST.slice(0, -1),
      '2.中方将成立中国—上海合作组织绿色产业合作平台（新华社天',
      '津9月1日电）',
    ];
    expect(read(...wrapped).dateline).toMatchObject({ place: '天津', month: 9, day: 1, line: 13 });
  });

  it('closes the last item of the list, not an earlier one printed later on the page', () => {
    // The documents part printed after the initiatives, its item closed by another dateline.
    const reordered = [
      ...LIST.slice(0, 5),
      ...LIST.slice(8, 12),
      '',
      '（新华社天津9月1日电）',
      '',
      ...LIST.slice(5, 8),
      '（新华社北京8月31日电）',
    ];
    expect(read(...reordered).dateline).toMatchObject({ place: '天津', month: 9, day: 1 });
  });

  it('names no place when the dateline has none', () => {
    expect(read(...withDateline('（新华社9月1日电）')).dateline).toMatchObject({
      place: null,
      month: 9,
      day: 1,
    });
  });
});

describe('the newspaper page’s date', () => {
  it('is read from a page header, with or without the weekday, full-width digits too', () => {
    expect(read(...LIST, '', '要 闻', '2025年9月2日 星期二').pageDate?.date).toBe('2025-09-02');
    expect(read('２０２５年９月２日', ...LIST).pageDate?.date).toBe('2025-09-02');
  });

  it('is no day that does not exist', () => {
    expect(read('2025年2月30日 星期日', ...LIST).pageDate).toBeNull();
  });

  it('is the date most pages print, whatever their order', () => {
    const pages = ['2025年9月2日 星期二', '2025年9月3日 星期三', '2025年9月2日 星期二'];
    expect(read(...pages, ...LIST).pageDate?.date).toBe('2025-09-02');
    expect(read(...[...pages].reverse(), ...LIST).pageDate?.date).toBe('2025-09-02');
    // Equally many: the latest, in either order.
    expect(read(pages[1] as string, ...LIST, pages[0] as string).pageDate?.date).toBe('2025-09-03');
    expect(read(pages[0] as string, ...LIST, pages[1] as string).pageDate?.date).toBe('2025-09-03');
  });
});

describe('the dispatch’s year', () => {
  it('is the latest year that puts the dispatch on or before the day it is read against', () => {
    expect(datelineDay({ month: 9, day: 1 }, '2025-09-02')).toBe('2025-09-01');
    expect(datelineDay({ month: 9, day: 2 }, '2025-09-02')).toBe('2025-09-02');
    expect(datelineDay({ month: 12, day: 31 }, '2026-01-02')).toBe('2025-12-31');
    expect(datelineDay({ month: 2, day: 29 }, '2024-03-01')).toBe('2024-02-29');
    expect(datelineDay({ month: 2, day: 29 }, '2025-03-01')).toBeNull();
  });

  const dated = read(...withDateline('（新华社天津12月31日电）'));
  const atNewYear = read('2026年1月1日 星期四', ...withDateline('（新华社天津12月31日电）'));

  it('comes from the page, across a year’s end', () => {
    expect(publicationFacts(atNewYear, { fileName: 'copy.txt' }).dispatch).toEqual({
      place: '天津',
      date: '2025-12-31',
      yearFrom: 'page',
      line: 13,
    });
  });

  it('comes from a date in the file’s name when the copy prints no page date, and says so', () => {
    expect(publicationFacts(dated, { fileName: 'list-2026-01-02.txt' })).toEqual({
      dispatch: { place: '天津', date: '2025-12-31', yearFrom: 'file-name', line: 12 },
      page: null,
    });
  });

  it('is unknown with neither', () => {
    expect(publicationFacts(dated, { fileName: 'list.txt' }).dispatch).toEqual({
      place: '天津',
      date: null,
      yearFrom: null,
      line: 12,
    });
  });

  it('comes from a page date given for a copy that prints none, which has no line', () => {
    expect(
      publicationFacts(dated, { fileName: 'list-2026-05-05.txt', pageDate: '2026-01-01' }),
    ).toEqual({
      dispatch: { place: '天津', date: '2025-12-31', yearFrom: 'page', line: 12 },
      page: { date: '2026-01-01', line: null },
    });
  });

  it('refuses a page date given against the one the copy prints', () => {
    expect(() =>
      publicationFacts(atNewYear, { fileName: 'copy.txt', pageDate: '2026-01-02' }),
    ).toThrow(SourceError);
    expect(
      publicationFacts(atNewYear, { fileName: 'copy.txt', pageDate: '2026-01-01' }).page,
    ).toEqual({
      date: '2026-01-01',
      line: 1,
    });
  });
});
