import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { itemKey } from '@/lib/enrich';
import { COMMITMENT_UNITS, type NumberReadings, readNumbers } from '@/lib/enrich/numbers';
import { fold, quotedSpans } from '@/lib/enrich/text';
import { parseSource } from '@/lib/parser';
import { SOURCE_TEXT } from '../../support/source';

const ITEMS = parseSource(Buffer.from(SOURCE_TEXT)).items;
const READINGS = new Map(ITEMS.map((item) => [itemKey(item), readNumbers(item.title)]));

/** Readings compared across copies: the words folded, since a copy may print １ for 1. */
const comparable = (readings: NumberReadings) =>
  JSON.parse(JSON.stringify(readings, (key, value) => (key === 'words' ? fold(value) : value)));
const isEmpty = (readings: NumberReadings) =>
  Object.values(readings).every((list) => list.length === 0);

const toFullWidth = (text: string, which: readonly boolean[]) => {
  let index = 0;
  return text.replace(/[0-9]/g, (digit) =>
    which[index++ % Math.max(which.length, 1)]
      ? String.fromCharCode(digit.charCodeAt(0) + 0xfee0)
      : digit,
  );
};

const ITEM_LINE = /^(\d+)\.(.*)$/;
const LOOKS_STRUCTURAL =
  /^(\d+\s*[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\s)/;

/** The copy with item lines cut where `cuts` say, as a narrower column would print them. */
function rewrapped(cuts: readonly number[]): string {
  return SOURCE_TEXT.split('\n')
    .flatMap((line, index) => {
      const match = ITEM_LINE.exec(line);
      const title = match?.[2] ?? '';
      const cut = cuts[index % cuts.length] ?? 0;
      if (!match || title.length < 4 || cut === 0) return [line];
      const at = 2 + (cut % (title.length - 3));
      const [head, tail] = [title.slice(0, at), title.slice(at)];
      if (LOOKS_STRUCTURAL.test(tail) || /\s$/.test(head)) return [line];
      return [`${match[1]}.${head}`, tail];
    })
    .join('\n');
}

describe('other copies give the same values', () => {
  it('full-width digits in a title read as ASCII digits do (at least 60 % of the cases change a title with readings)', () => {
    const withDigits = ITEMS.filter((item) => /[0-9]/.test(item.title));
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          { arbitrary: fc.constantFrom(...ITEMS), weight: 1 },
          { arbitrary: fc.constantFrom(...withDigits), weight: 3 },
        ),
        // The first digit always changes, the others as drawn.
        fc.array(fc.boolean(), { maxLength: 8 }).map((rest) => [true, ...rest]),
        (item, which) => {
          runs += 1;
          const copy = toFullWidth(item.title, which);
          const original = READINGS.get(itemKey(item)) ?? readNumbers(item.title);
          if (copy !== item.title && !isEmpty(original)) checked += 1;
          expect(comparable(readNumbers(copy))).toEqual(comparable(original));
        },
      ),
      { numRuns: 200 },
    );
    expect(checked / runs).toBeGreaterThanOrEqual(0.6);
  });

  it('a copy re-wrapped and printed with full-width digits gives every item the same values (every case re-wraps titles with readings)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(60), { minLength: 5, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        (cuts, which) => {
          const copy = rewrapped(cuts);
          const wrappedWithReadings = ITEMS.filter(
            (item) =>
              !copy.includes(item.title) &&
              !isEmpty(READINGS.get(itemKey(item)) ?? readNumbers('')),
          );
          expect(wrappedWithReadings.length).toBeGreaterThan(0);
          const items = parseSource(Buffer.from(toFullWidth(copy, which))).items;
          expect(items.map(itemKey)).toEqual(ITEMS.map(itemKey));
          for (const item of items) {
            const original = READINGS.get(itemKey(item)) ?? readNumbers('');
            expect(comparable(readNumbers(item.title)), itemKey(item)).toEqual(
              comparable(original),
            );
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});

/** Pieces of commitment titles and their traps: years, amounts, measure words, verbs, quotes. */
const FRAGMENTS = [
  '中方',
  '未来5年,',
  '未来三年',
  '从2026年开始,',
  '2025年',
  '2024',
  '2000',
  '年',
  '提供',
  '实施',
  '建设',
  '治疗',
  '向成员国',
  '20亿元人民币',
  '无偿援助',
  '贷款',
  '1万个',
  '100个',
  '500名',
  '5000例',
  '10所',
  '千万千瓦',
  '培训名额',
  '民生项目',
  '患者',
  '手术',
  '“',
  '”',
  '第十二次',
  '会议',
  '暨',
  '上合组织',
  '一道',
  '翻一番',
  '基金二期',
  ',',
];
const title = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })), { maxLength: 10 })
  .map((parts) => parts.join(''));
const DIMENSION = new Map(COMMITMENT_UNITS.map((unit) => [unit.key, unit.dimension]));

/** A commitment's words among generated ones, with a year before, after or inside the amount. */
const committing = fc
  .tuple(
    title,
    fc.constantFrom('2025年', '2024', '从2026年开始,', ''),
    fc.constantFrom('提供', '实施', '治疗', '开展'),
    fc.constantFrom('2025', '20亿', '1万', '500', '2000', '千万'),
    fc.constantFrom('元人民币无偿援助', '个培训名额', '名患者', '例手术', '千瓦光伏', '年'),
    title,
  )
  .map((parts) => parts.join(''));

describe('generated titles', () => {
  it('never read a year as an amount, and every value from the words it names (a quarter of the cases hold a year and a commitment)', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.oneof({ arbitrary: title, weight: 1 }, { arbitrary: committing, weight: 3 }),
        (text) => {
          runs += 1;
          const readings = readNumbers(text);
          const yearStarts = new Set(
            [...readings.years, ...readings.periods.filter((period) => period.kind === 'year')].map(
              (year) => year.start,
            ),
          );
          if (yearStarts.size > 0 && readings.commitments.length > 0) checked += 1;
          for (const one of readings.commitments) {
            expect(yearStarts.has(one.start)).toBe(false);
            if (one.quantity !== null) expect(fold(one.words)).not.toMatch(/^20\d\d年/);
          }
          const all = [
            ...readings.commitments,
            ...readings.ordinals,
            ...readings.periods,
            ...readings.years,
            ...readings.quantities,
            ...readings.names,
          ];
          for (const one of all)
            expect(text.slice(one.start, one.start + one.words.length)).toBe(one.words);
          for (const year of readings.years) expect(String(year.value)).toMatch(/^20\d\d$/);
        },
      ),
      { numRuns: 400 },
    );
    expect(checked / runs).toBeGreaterThanOrEqual(0.25);
  });

  it('never commit to a count inside a quoted name (a quarter of the cases quote a count)', () => {
    let checked = 0;
    let runs = 0;
    const quotedCount = fc
      .tuple(
        title,
        fc.constantFrom('实施', '提供', '建设'),
        fc.constantFrom('100个民生项目', '1万个培训名额', '10所工坊', '500名患者'),
        title,
      )
      .map(([before, verb, count, after]) => `${before}${verb}“${count}”${after}`);
    fc.assert(
      fc.property(fc.oneof(title, quotedCount), (text) => {
        runs += 1;
        const quoted = quotedSpans(fold(text));
        const inQuotes = (at: number) => quoted.some((span) => span.start < at && at < span.end);
        if (quoted.some((span) => /\d/.test(fold(text).slice(span.start, span.end)))) checked += 1;
        for (const one of readNumbers(text).commitments) {
          if (inQuotes(one.start)) expect(DIMENSION.get(one.unit)).not.toBe('count');
        }
      }),
      { numRuns: 400 },
    );
    expect(checked / runs).toBeGreaterThanOrEqual(0.25);
  });
});
