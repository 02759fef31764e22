import { fold, quotedSpans } from '../text';
import { readCommitments, withPeriods } from './commitments';
import { readOrdinals } from './ordinals';
import { scanNumbers } from './scan';
import type { NumberReadings, OtherNumber, Period } from './types';

export type { Commitment, NumberReadings, Ordinal, Period } from './types';
export {
  COMMITMENT_FILTER,
  COMMITMENT_KINDS,
  COMMITMENT_UNITS,
  ORDINAL_KINDS,
} from './vocabulary';

/**
 * What the numbers of a title say (data/numbers.json says how words are read): the commitments
 * with their quantity, unit, kind and period, or their relation to what exists; the ordinals of
 * meetings and events with their series; and the numbers that are neither — years, and digits
 * that name. Pure; full-width digits and the title's spacing read the same.
 */
export function readNumbers(title: string): NumberReadings {
  const text = fold(title);
  const found = scanNumbers(title);
  const quoted = quotedSpans(text);
  const context = { title, text, quoted, numberStarts: found.map((one) => one.numberStart) };
  const { drafts, quantities } = readCommitments(context, found);
  const words = (one: { start: number; end: number }) => title.slice(one.start, one.end);
  const outside = (at: number) => !quoted.some((span) => span.start < at && at < span.end);
  const periods: Period[] = [];
  const years: OtherNumber[] = [];
  const names: OtherNumber[] = [];
  for (const one of found) {
    const reading = { value: one.value, start: one.start, words: words(one) };
    if (one.role === 'next-years' || one.role === 'from-year')
      periods.push({ ...reading, kind: one.role });
    else if (one.role === 'name') names.push(reading);
    else if (one.role === 'year') {
      // In a title that commits, the year stated outside a quoted name is when it is done.
      const when = drafts.length > 0 && outside(one.start) && reading.words.endsWith('年');
      if (when) periods.push({ ...reading, kind: 'year' });
      else years.push(reading);
    }
  }
  periods.sort((a, b) => a.start - b.start);
  return {
    commitments: withPeriods(drafts, periods),
    ordinals: readOrdinals(title, found),
    periods,
    years,
    quantities,
    names,
  };
}
