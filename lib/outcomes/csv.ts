import { type CatalogueItem, FACET_KEYS, type Filters, tiedPlaces } from '@/lib/catalogue';
import { fullCategoryName, placeRoleLines, sectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomeUrl } from '@/lib/site-url';

/**
 * A spreadsheet treats a cell that starts with one of these as a formula (OWASP "CSV
 * injection"); Excel and LibreOffice also read the full-width forms as formula signs.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

/** A leading apostrophe makes the spreadsheet show the text as text; the reader sees the rest as is. */
function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field by RFC 4180: quoted when it holds a quote, comma or line break. Numbers stay numbers. */
function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole file, CRLF line ends, as RFC 4180 has them. A spreadsheet download starts with a
 * byte-order mark, because Excel reads a CSV without one in the system's legacy code page and
 * garbles Chinese; open data does not (Frictionless readers take it for part of the header).
 */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  { forSpreadsheets = true }: { forSpreadsheets?: boolean } = {},
): string {
  const body = `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
  return forSpreadsheets ? `\uFEFF${body}` : body;
}

const FILE_NAME_MAX = 120;

/** `sco-outcomes-documents-shenyang.csv`: the facet values say what the file holds. */
export function csvFileName(base: string, filters: Filters): string {
  const parts = FACET_KEYS.flatMap((facet) => filters[facet]);
  if (filters.q !== '') parts.push('search');
  const stem = [base, ...parts]
    .join('-')
    // Letters of any script stay (the header spells them out: lib/http/content-disposition).
    .replace(/[^\p{L}\p{N}.-]+/gu, '-')
    .slice(0, FILE_NAME_MAX);
  return `${stem}.csv`;
}

/**
 * The export: a header row in the page's language, then one row per item with the list page's
 * fields — the title as printed, and its English translation (unofficial) in `title_en`.
 */
export function outcomesCsv(locale: Locale, items: readonly CatalogueItem[]): string {
  const columns = locale.messages.outcomes.export.columns;
  const separator = locale.messages.locale.listSeparator;
  const header = [
    columns.key,
    columns.section,
    columns.category,
    columns.number,
    columns.title,
    columns.titleTranslated,
    columns.type,
    columns.topics,
    columns.places,
    columns.roles,
    columns.years,
    columns.url,
  ];
  const rows = items.map((item) => [
    item.key,
    sectionName(locale, item.section),
    fullCategoryName(locale, item.category),
    item.number,
    item.title,
    item.translations.en ?? '',
    [item.type, ...(item.secondaryType ? [item.secondaryType] : [])]
      .map(locale.name)
      .join(separator),
    item.topics.map(locale.name).join(separator),
    tiedPlaces(item)
      .map((tag) => locale.name(tag.place))
      .join(separator),
    placeRoleLines(locale, item).join(locale.messages.locale.clauseSeparator),
    item.years.join(separator),
    outcomeUrl(item, locale),
  ]);
  return toCsv([header, ...rows]);
}
