import { describe, expect, it } from 'vitest';
import type { Commitment } from '@/lib/enrich/numbers';
import { amountLabel, commitmentSummary, ordinalLabel, ordinalSummary } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, localeOf } from '@/lib/i18n/locale';

const ENGLISH = localeOf('en') ?? DEFAULT_LOCALE;

const commitment = (fields: Partial<Commitment>): Commitment => ({
  quantity: null,
  unit: 'yuan',
  kind: 'grant',
  relation: null,
  period: null,
  start: 0,
  words: '',
  ...fields,
});

describe('numbers written from the number in each language', () => {
  it.each([
    [2_000_000_000, 'yuan', '20亿元', '2,000,000,000 yuan'],
    [12_000_000_000, 'yuan', '120亿元', '12,000,000,000 yuan'],
    [10_000_000, 'kilowatt', '1000万千瓦', '10,000,000 kW'],
    [10_000, 'training-place', '1万个培训名额', '10,000 training places'],
    [500, 'patient', '500名患者', '500 patients'],
    [1, 'workshop', '1所工坊', '1 workshop'],
  ])('%d %s', (quantity, unit, zh, en) => {
    expect(amountLabel(DEFAULT_LOCALE, quantity, unit)).toBe(zh);
    expect(amountLabel(ENGLISH, quantity, unit)).toBe(en);
  });

  it.each([
    [1, '第1次', '1st session'],
    [2, '第2次', '2nd session'],
    [3, '第3次', '3rd session'],
    [11, '第11次', '11th session'],
    [12, '第12次', '12th session'],
    [21, '第21次', '21st session'],
    [42, '第42次', '42nd session'],
  ])('ordinal %d', (value, zh, en) => {
    expect(ordinalLabel(DEFAULT_LOCALE, { value, kind: 'session' })).toBe(zh);
    expect(ordinalLabel(ENGLISH, { value, kind: 'session' })).toBe(en);
  });

  it('names an edition as one, with its series', () => {
    const ordinal = {
      value: 15,
      kind: 'edition',
      series: '天津大学国际文化节',
      start: 0,
      words: '',
    };
    expect(ordinalSummary(DEFAULT_LOCALE, ordinal)).toBe('天津大学国际文化节（第15届）');
    expect(ordinalSummary(ENGLISH, ordinal)).toBe('天津大学国际文化节 (15th edition)');
  });

  it('sums up a commitment: amount or relation, kind, period', () => {
    const loan = commitment({
      quantity: 10_000_000_000,
      kind: 'loan',
      period: { kind: 'next-years', value: 3, start: 2, words: '未来3年' },
    });
    expect(commitmentSummary(DEFAULT_LOCALE, loan)).toBe('100亿元 · 贷款 · 未来3年');
    expect(commitmentSummary(ENGLISH, loan)).toBe(
      '10,000,000,000 yuan · loan · over the next 3 years',
    );
    const doubling = commitment({
      unit: 'scholarship-place',
      kind: 'increase',
      relation: { key: 'multiple', value: 2 },
      period: { kind: 'from-year', value: 2026, start: 2, words: '从2026年开始' },
    });
    expect(commitmentSummary(DEFAULT_LOCALE, doubling)).toBe('奖学金名额增至2倍 · 增加 · 2026年起');
    expect(commitmentSummary(ENGLISH, doubling)).toBe(
      'scholarship places doubled (×2) · increase · from 2026',
    );
    const phase = commitment({
      unit: 'fund',
      kind: 'establish',
      relation: { key: 'phase', value: 2 },
    });
    expect(commitmentSummary(DEFAULT_LOCALE, phase)).toBe('基金第2期 · 设立');
    expect(commitmentSummary(ENGLISH, phase)).toBe('fund: phase 2 · establish');
  });
});
