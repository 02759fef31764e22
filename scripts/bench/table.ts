/** One line of the benchmark's table; a column left undefined stays empty. */
export interface Row {
  measure: string;
  /** The address loaded, the database queried, or what a fault test acted on. */
  subject: string;
  rps?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  errors?: number;
  non2xx?: number;
  /** This row against its references: requests/s over nginx's and Node's, or p95 over the SQL's. */
  ratios?: { value: number; of: string }[];
  /** Empty when the row is a reference or a figure, with nothing to meet. */
  goal: string;
  met: boolean;
  /** Faster than the ceiling: the figure is the load generator's (./ceilings.ts). */
  saturated?: boolean;
  notes?: string;
}

const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (value: number) => (value < 0.1 ? value.toFixed(3) : value.toFixed(2));
const ms = (value: number | undefined) =>
  value === undefined ? '' : value < 10 ? fixed(value, 1) : fixed(value);

/** Columns a string takes in a monospace font: CJK and full-width characters take two. */
function width(value: string): number {
  let columns = 0;
  for (const char of value) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

const HEADER = [
  'Measure',
  'Subject',
  'req/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'errors',
  'non-2xx',
  'ratio',
  'Goal',
  'Met',
  'Notes',
];

/** The rows as one Markdown table, columns padded so it also reads as plain text. */
export function table(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.measure,
    row.subject.startsWith('/') ? `\`${row.subject}\`` : row.subject,
    row.rps === undefined ? '' : fixed(row.rps),
    ms(row.p50),
    ms(row.p95),
    ms(row.p99),
    row.errors === undefined ? '' : String(row.errors),
    row.non2xx === undefined ? '' : String(row.non2xx),
    (row.ratios ?? []).map(({ value, of }) => `${ratio(value)}× ${of}`).join(', '),
    row.goal,
    row.saturated ? '**saturated**' : row.goal === '' ? '' : row.met ? 'met' : '**missed**',
    row.notes ?? '',
  ]);
  const widths = HEADER.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const pad = (value: string, to: number) => value + ' '.repeat(Math.max(0, to - width(value)));
  const line = (c: string[]) => `| ${c.map((v, i) => pad(v, widths[i] ?? 0)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
