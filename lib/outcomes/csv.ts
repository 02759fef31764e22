import type { OutcomeSummary } from '@/lib/catalogue';
import { FACET_KEYS, type Filters } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { outcomeUrl } from './href';
import { categoryLabel, sectionName } from './labels';

const text = messages.outcomes;

/**
 * A spreadsheet treats a cell that starts with one of these as a formula (OWASP "CSV
 * injection"); Excel and LibreOffice also read the full-width forms as formula signs.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/** A leading apostrophe makes the spreadsheet show the text as text; the reader sees the rest as is. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field by RFC 4180: quoted when it holds a quote, comma or line break. Numbers stay numbers. */
export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole file: a byte-order mark first, because Excel reads a CSV without one in the
 * system's legacy code page and garbles Chinese; CRLF line ends, as RFC 4180 has them.
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const FILE_NAME_MAX = 120;

/** `sco-outcomes-documents-shenyang.csv`: the facet values say what the file holds. */
export function csvFileName(base: string, filters: Filters): string {
  const parts = FACET_KEYS.flatMap((facet) => filters[facet].map(String));
  if (filters.q !== '') parts.push('search');
  const stem = [base, ...parts]
    .join('-')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .slice(0, FILE_NAME_MAX);
  return `${stem}.csv`;
}

const COLUMNS = text.export.columns;
const HEADER = [
  COLUMNS.key,
  COLUMNS.section,
  COLUMNS.category,
  COLUMNS.number,
  COLUMNS.title,
  COLUMNS.type,
  COLUMNS.topics,
  COLUMNS.places,
  COLUMNS.years,
  COLUMNS.url,
];

function names(labels: ReadonlyArray<{ zh: string }>): string {
  return labels.map((label) => label.zh).join(text.listSeparator);
}

/** The export: a header row, then one row per item with the list page's fields. */
export function outcomesCsv(items: readonly OutcomeSummary[]): string {
  const rows = items.map((item) => [
    item.key,
    sectionName(item.section),
    categoryLabel(`${item.section}.${item.category}`),
    item.number,
    item.title,
    item.type.zh,
    names(item.topics),
    names(item.places),
    item.years.join(text.listSeparator),
    outcomeUrl(item.section, item.number),
  ]);
  return toCsv([HEADER, ...rows]);
}
