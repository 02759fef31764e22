import type { NumberReadings, Period } from './types';

/**
 * What a table of numbers and the readings of titles are compared on: one line per value read,
 * by what it is. The same words may carry several facts (a commitment's amount, unit, kind and
 * period), each counted on its own, so a wrong unit does not hide behind a right amount.
 */
export const FACT_KINDS = [
  'amount',
  'unit',
  'kind',
  'commitment period',
  'relative',
  'period',
  'ordinal',
  'series',
  'year',
  'quantity',
  'name',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface NumberFact {
  kind: FactKind;
  /** `key words value`: equal text, equal fact. */
  text: string;
}

const periodText = (period: Pick<Period, 'kind' | 'value'> | null) =>
  period === null ? '' : `${period.kind} ${period.value}`;

/** The facts of one item's readings. */
export function readingFacts(key: string, readings: NumberReadings): NumberFact[] {
  const facts: NumberFact[] = [];
  const add = (kind: FactKind, words: string, value: string | number) =>
    facts.push({ kind, text: `${key} ${words} ${value}` });
  for (const one of readings.commitments) {
    if (one.quantity !== null) add('amount', one.words, one.quantity);
    if (one.relation !== null)
      add('relative', one.words, `${one.relation.key} ${one.relation.value}`);
    add('unit', one.words, one.unit);
    add('kind', one.words, one.kind);
    add('commitment period', one.words, periodText(one.period));
  }
  for (const one of readings.periods) add('period', one.words, periodText(one));
  for (const one of readings.ordinals) {
    add('ordinal', one.words, `${one.kind} ${one.value}`);
    add('series', one.words, one.series);
  }
  for (const one of readings.years) add('year', one.words, one.value);
  for (const one of readings.quantities) add('quantity', one.words, one.value);
  for (const one of readings.names) add('name', one.words, one.value);
  return facts;
}

/** One row of the hand-made table (tests/fixtures/expected-numbers.tsv). */
interface NumberTableRow {
  key: string;
  words: string;
  class: string;
  value: string;
  unit: string;
  kind: string;
  relation: string;
  period: string;
  series: string;
}

const COLUMNS = ['key', 'words', 'class', 'value', 'unit', 'kind', 'relation', 'period', 'series'];

/** Reads the table; a header other than the expected columns is refused with what was expected. */
export function readNumberTable(tsv: string): NumberTableRow[] {
  const [header = '', ...rows] = tsv.trimEnd().split('\n');
  if (!header.startsWith(COLUMNS.join('\t'))) {
    throw new Error(`not a table of numbers: its header must begin ${COLUMNS.join(', ')}`);
  }
  return rows.map((row) => {
    const [
      key = '',
      words = '',
      kind = '',
      value = '',
      unit = '',
      commitment = '',
      relation = '',
      period = '',
      series = '',
    ] = row.split('\t');
    return { key, words, class: kind, value, unit, kind: commitment, relation, period, series };
  });
}

/** The facts a table row states; a `word` row (a numeral that is no number: 一起) states none. */
export function tableFacts(row: NumberTableRow): NumberFact[] {
  const fact = (kind: FactKind, value: string) => ({
    kind,
    text: `${row.key} ${row.words} ${value}`,
  });
  switch (row.class) {
    case 'amount':
    case 'relative':
      return [
        row.class === 'amount'
          ? fact('amount', row.value)
          : fact('relative', `${row.relation} ${row.value}`),
        fact('unit', row.unit),
        fact('kind', row.kind),
        fact('commitment period', row.period),
      ];
    case 'period':
      return [fact('period', `${row.kind} ${row.value}`)];
    case 'ordinal':
      return [fact('ordinal', `${row.kind} ${row.value}`), fact('series', row.series)];
    case 'year':
    case 'quantity':
    case 'name':
      return [fact(row.class, row.value)];
    case 'word':
      return [];
    default:
      throw new Error(`${row.key} ${row.words}: unknown class ${row.class}`);
  }
}
