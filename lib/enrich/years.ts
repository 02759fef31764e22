import { fold } from './text';

/**
 * A year is 20xx standing alone among digits: 2024—2025年 and 智库论坛2024 state years, while
 * 20亿元 or 5000例 are amounts that merely contain the digits.
 */
const YEAR = /(?<!\d)20\d{2}(?!\d)/g;

/** Years the title states, ascending, without repeats. */
export function yearsIn(title: string): number[] {
  const years = new Set<number>();
  for (const [match] of fold(title).matchAll(YEAR)) years.add(Number(match));
  return [...years].sort((a, b) => a - b);
}
