import { type NumberReadings, readNumbers } from './numbers';

/**
 * Years the title states, ascending, without repeats: 2024—2025年 and 智库论坛2024 state years,
 * and so does a commitment's 2025年 or 从2026年开始, while 20亿元, 2000个 or 5000例 are amounts
 * that merely look like one (lib/enrich/numbers tells them apart).
 */
export function yearsIn(title: string): number[] {
  return yearsOf(readNumbers(title));
}

/** The years of a title whose numbers are read already (readNumbers). */
export function yearsOf({ years, periods }: Pick<NumberReadings, 'years' | 'periods'>): number[] {
  const stated = [
    ...years.map((year) => year.value),
    ...periods.filter((period) => period.kind !== 'next-years').map((period) => period.value),
  ];
  return [...new Set(stated)].sort((a, b) => a - b);
}
