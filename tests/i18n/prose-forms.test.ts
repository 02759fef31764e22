import { describe, expect, it } from 'vitest';
import { en } from '@/lib/messages/en';
import { zhCN } from '@/lib/messages/zh-CN';

/**
 * Moments and chosen values as each language writes them in running text, never in the ISO
 * form the data holds: the forms below are written by hand, as a mainland site and a British
 * one print them.
 */
describe('a moment in prose', () => {
  it.each([
    [
      '2025-09-02T08:05:00.000Z',
      '2025年9月2日8时05分（协调世界时）',
      '2 September 2025, 08:05 UTC',
    ],
    [
      '2026-12-31T23:59:59.999Z',
      '2026年12月31日23时59分（协调世界时）',
      '31 December 2026, 23:59 UTC',
    ],
    ['2026-01-01T00:00:00.000Z', '2026年1月1日0时00分（协调世界时）', '1 January 2026, 00:00 UTC'],
  ])('%s', (iso, chinese, english) => {
    const at = new Date(iso);
    expect(zhCN.source.facts.at(at)).toBe(chinese);
    expect(en.source.facts.at(at)).toBe(english);
    expect(zhCN.footer.stale(at)).toContain(`自${chinese}起`);
    expect(en.footer.stale(at)).toContain(`since ${english}:`);
  });
});

describe('the values chosen within one filter', () => {
  it('joins them as alternatives: 或 / or, the last two only', () => {
    expect(zhCN.locale.alternatives(['沈阳市'])).toBe('沈阳市');
    expect(zhCN.locale.alternatives(['沈阳市', '青岛市'])).toBe('沈阳市或青岛市');
    expect(zhCN.locale.alternatives(['沈阳市', '青岛市', '天津市'])).toBe('沈阳市、青岛市或天津市');
    expect(en.locale.alternatives(['Shenyang', 'Qingdao', 'Tianjin'])).toBe(
      'Shenyang, Qingdao or Tianjin',
    );
  });
});

describe('a count quoted as the list prints it', () => {
  it('keeps the heading’s measure word', () => {
    expect(zhCN.overview.copy.declared(24, '份')).toBe('清单注明共24份');
    expect(zhCN.outcomes.empty.declared(77, '项')).toBe('（清单注明共77项）');
  });
});
