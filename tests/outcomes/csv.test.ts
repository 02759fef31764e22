import { describe, expect, it } from 'vitest';
import type { OutcomeSummary } from '@/lib/catalogue';
import { EMPTY_FILTERS, parseFiltersLenient } from '@/lib/catalogue/filters';
import { csvCell, csvFileName, neutraliseFormula, outcomesCsv, toCsv } from '@/lib/outcomes/csv';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝SUM(A1)', '＋1', '－1', '＠A1'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(neutraliseFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['沈阳倡议', '2025年', 'a=b', ' =1', "'quoted", ''])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('csvCell', () => {
  it('quotes fields holding a comma, quote or line break, doubling quotes', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('plain')).toBe('plain');
  });

  it('neutralises before quoting, so the apostrophe is inside the quotes', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('\r=1')).toBe('"\'\r=1"');
  });

  it('writes numbers as numbers, negative ones included', () => {
    expect(csvCell(83)).toBe('83');
    expect(csvCell(-1)).toBe('-1');
  });
});

describe('toCsv', () => {
  it('starts with a byte-order mark and ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('\uFEFFa,b\r\nc,1\r\n');
  });
});

describe('outcomesCsv', () => {
  const item: OutcomeSummary = {
    key: 'documents-83',
    section: 'documents',
    category: 2,
    number: 83,
    title: '=cmd|" /C calc"!A0',
    type: { key: 'agreement', zh: '协议', en: 'Agreement' },
    places: [
      { slug: 'shenyang', zh: '沈阳市', en: 'Shenyang' },
      { slug: 'egypt', zh: '阿拉伯埃及共和国', en: 'Egypt' },
    ],
    topics: [{ key: 'friendship', zh: '友好交往', en: 'Friendship' }],
    years: [2024, 2025],
  };

  it('has a header row and one row per item, with hostile titles neutralised', () => {
    const lines = outcomesCsv([item])
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]?.split(',')).toHaveLength(10);
    expect(lines[1]).toContain('"\'=cmd|"" /C calc""!A0"');
    expect(lines[1]).toContain('沈阳市、阿拉伯埃及共和国');
    expect(lines[1]).toContain('2024、2025');
    expect(lines[1]).toMatch(/\/outcomes\/documents\/83$/);
    expect(lines[2]).toBe('');
  });
});

describe('csvFileName', () => {
  it('names the file after the filters, in ASCII', () => {
    const filters = parseFiltersLenient(
      new URLSearchParams('section=documents&place=shenyang&q=协议'),
    ).filters;
    expect(csvFileName('sco-outcomes', filters)).toBe('sco-outcomes-documents-shenyang-search.csv');
    expect(csvFileName('sco-outcomes', EMPTY_FILTERS)).toBe('sco-outcomes.csv');
  });
});
