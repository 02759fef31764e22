import {
  type CatalogueItem,
  type ColumnValue,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  facetOf,
} from '@/lib/catalogue';
import {
  commitmentSummary,
  fullCategoryName,
  ordinalSummary,
  placeRoleLines,
  sectionName,
} from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import type { Messages } from '@/lib/messages';
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

/**
 * A facet that reads the vocabulary of one declared before it (venue reads place's): its values
 * are named with the facet, so "took place in Qingdao" and "tied to Qingdao" are different files.
 */
const SHARES_VOCABULARY: ReadonlySet<FacetKey> = new Set(
  FACET_KEYS.filter((facet, index) =>
    FACET_KEYS.slice(0, index).some(
      (earlier) => facetOf(earlier).vocabulary === facetOf(facet).vocabulary,
    ),
  ),
);

/** `sco-outcomes-documents-shenyang.csv`: the facet values say what the file holds. */
export function csvFileName(base: string, filters: Filters): string {
  const parts = FACET_KEYS.flatMap((facet) =>
    SHARES_VOCABULARY.has(facet)
      ? filters[facet].map((value) => `${facet}-${value}`)
      : filters[facet],
  );
  if (filters.q !== '') parts.push('search');
  const stem = [base, ...parts]
    .join('-')
    // Letters of any script stay (the header spells them out: lib/http/content-disposition).
    .replace(/[^\p{L}\p{N}.-]+/gu, '-')
    .slice(0, FILE_NAME_MAX);
  return `${stem}.csv`;
}

/** One column of the export, declared once so its header and its cells cannot fall out of step. */
interface ExportColumn {
  header(locale: Locale): string;
  /** Where it stands: the export's columns are written in rising rank. */
  rank: number;
  cell(locale: Locale, item: CatalogueItem): string | number;
}

/** After every ranked column, just before the URL: where a facet that declares no rank stands. */
const FACET_RANK_DEFAULT = 98;

/** The export's own columns; the facets' columns come from their declarations (facet-table.ts). */
const ITEM_COLUMNS: ExportColumn[] = [
  { header: (locale) => columnsOf(locale).key, rank: 10, cell: (_, item) => item.key },
  { header: (locale) => columnsOf(locale).number, rank: 30, cell: (_, item) => item.number },
  { header: (locale) => columnsOf(locale).title, rank: 40, cell: (_, item) => item.title },
  // The title's translation into each language that has them, in the order of the languages.
  ...TRANSLATED_LOCALES.map(
    (key): ExportColumn => ({
      header: (locale) => columnsOf(locale).titleTranslated(locale.languageName(key)),
      rank: 50,
      cell: (_, item) => item.translations[key] ?? '',
    }),
  ),
  {
    header: (locale) => columnsOf(locale).roles,
    rank: 85,
    cell: (locale, item) =>
      placeRoleLines(locale, item).join(locale.messages.locale.clauseSeparator),
  },
  {
    header: (locale) => columnsOf(locale).commitments,
    rank: 96,
    cell: (locale, item) =>
      item.commitments
        .map((one) => commitmentSummary(locale, one))
        .join(locale.messages.locale.listSeparator),
  },
  {
    header: (locale) => columnsOf(locale).ordinals,
    rank: 97,
    cell: (locale, item) =>
      item.ordinals
        .map((one) => ordinalSummary(locale, one))
        .join(locale.messages.locale.listSeparator),
  },
  { header: (locale) => columnsOf(locale).url, rank: 100, cell: outcomeUrlFor },
];

function columnsOf(locale: Locale): Messages['outcomes']['export']['columns'] {
  return locale.messages.outcomes.export.columns;
}

function outcomeUrlFor(locale: Locale, item: CatalogueItem): string {
  return outcomeUrl(item, locale);
}

function valueName(locale: Locale, value: ColumnValue): string {
  if (typeof value === 'string') return value;
  if ('section' in value) return sectionName(locale, value.section);
  if ('category' in value) return fullCategoryName(locale, value.category);
  return locale.name(value);
}

function facetColumns(facet: FacetKey): ExportColumn[] {
  const { column = {}, valuesOf } = facetOf(facet);
  if (column === false) return [];
  const values = column.values ?? valuesOf;
  return [
    {
      header: (locale) =>
        column.header === undefined
          ? locale.messages.outcomes.facets.names[facet]
          : columnsOf(locale)[column.header],
      rank: column.rank ?? FACET_RANK_DEFAULT,
      cell: (locale, item) =>
        values(item)
          .map((value) => valueName(locale, value))
          .join(locale.messages.locale.listSeparator),
    },
  ];
}

/** Every column, in rank order; facets of one rank keep the facet table's order. */
const EXPORT_COLUMNS: readonly ExportColumn[] = [
  ...ITEM_COLUMNS,
  ...FACET_KEYS.flatMap(facetColumns),
].sort((a, b) => a.rank - b.rank);

/**
 * The export: a header row in the page's language, then one row per item with the list page's
 * fields — the title as printed, and its translation (unofficial) into each other language.
 */
export function outcomesCsv(locale: Locale, items: readonly CatalogueItem[]): string {
  const header = EXPORT_COLUMNS.map((column) => column.header(locale));
  const rows = items.map((item) => EXPORT_COLUMNS.map((column) => column.cell(locale, item)));
  return toCsv([header, ...rows]);
}
