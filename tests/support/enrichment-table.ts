import { PLACE_REASONS, PLACE_ROLES } from '@/lib/enrich/types';

/**
 * The hand-made enrichment table (tests/fixtures/expected-enrichment.tsv) as rows, and how a
 * copy's place ties compare with it: by reason and by role, each with what was expected, found
 * and right. Read by the oracle test and by `npm run report:enrichment`; computes no tie itself.
 */

export interface TableTie {
  slug: string;
  via: string;
  /** The fact id, linked item key or category after `=`; null when the table gives none. */
  ref: string | null;
  role: string;
}

export interface TableRow {
  key: string;
  title: string;
  places: TableTie[];
  type: string;
  secondaryType: string | null;
  topics: string[];
  years: string[];
}

const HEADER = 'key\ttitle\tplaces\ttype\tsecondary_type';

const list = (cell: string | undefined) =>
  cell ? cell.split(';').filter((part) => part !== '') : [];

/** `qingdao:linked=documents-70:venue` → its place, reason, reference and role. */
export function parseTie(text: string): TableTie {
  const [slug = '', how = '', role = ''] = text.split(':');
  const [via = '', ref = null] = how.split('=');
  return { slug, via, ref, role };
}

export function readEnrichmentTable(text: string): TableRow[] {
  const [header, ...rows] = text.trimEnd().split('\n');
  if (!header?.startsWith(HEADER)) {
    throw new Error('not an enrichment table: its header must begin key, title, places, type');
  }
  return rows.map((row) => {
    const [key = '', title = '', places, type = '', secondary, topics, years] = row.split('\t');
    return {
      key,
      title,
      places: list(places).map(parseTie),
      type,
      secondaryType: secondary || null,
      topics: list(topics),
      years: list(years),
    };
  });
}

/** A tie of one item, from either side. */
export interface KeyedTie {
  key: string;
  slug: string;
  via: string;
  ref: string | null;
  role: string;
}

export interface Figures {
  name: string;
  expected: number;
  found: number;
  correct: number;
}

/**
 * A tie as both sides can spell its reason. The table gives no word for an abbreviation (the code
 * keeps the word it read, 津彩, as `ref`), so those compare on place and reason alone.
 */
const reasonText = ({ key, slug, via, ref }: KeyedTie) =>
  `${key} ${slug}:${via}${via === 'abbreviation' || ref === null ? '' : `=${ref}`}`;
const roleText = ({ key, slug, role }: KeyedTie) => `${key} ${slug}:${role}`;

function compare(
  expected: readonly KeyedTie[],
  found: readonly KeyedTie[],
  names: readonly string[],
  nameOf: (tie: KeyedTie) => string,
  text: (tie: KeyedTie) => string,
): Figures[] {
  return [...names, 'all'].map((name) => {
    const pick = (ties: readonly KeyedTie[]) =>
      new Set(ties.filter((tie) => name === 'all' || nameOf(tie) === name).map(text));
    const want = pick(expected);
    const got = pick(found);
    const correct = [...got].filter((one) => want.has(one)).length;
    return { name, expected: want.size, found: got.size, correct };
  });
}

/** Ties by reason: right when place, reason and reference all agree. */
export const figuresByReason = (expected: readonly KeyedTie[], found: readonly KeyedTie[]) =>
  compare(expected, found, PLACE_REASONS, (tie) => tie.via, reasonText);

/** Ties by role: right when the item ties the place in the role the table gives. */
export const figuresByRole = (expected: readonly KeyedTie[], found: readonly KeyedTie[]) =>
  compare(expected, found, PLACE_ROLES, (tie) => tie.role, roleText);

/** The ties that differ, each side's own, spelt with reason and role. */
export function differences(
  expected: readonly KeyedTie[],
  found: readonly KeyedTie[],
): { missing: string[]; extra: string[] } {
  const full = (tie: KeyedTie) => `${reasonText(tie)}:${tie.role}`;
  const want = new Set(expected.map(full));
  const got = new Set(found.map(full));
  return {
    missing: [...want].filter((one) => !got.has(one)),
    extra: [...got].filter((one) => !want.has(one)),
  };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

/** The figures as a plain-text table, one line per reason or role. */
export function formatFigures(title: string, rows: readonly Figures[]): string {
  return [
    `${title.padEnd(13)} expected  found  correct  precision  recall`,
    ...rows.map(
      (row) =>
        `${row.name.padEnd(13)} ${String(row.expected).padStart(8)} ${String(row.found).padStart(6)} ${String(row.correct).padStart(8)} ${percent(row.correct, row.found).padStart(10)} ${percent(row.correct, row.expected).padStart(7)}`,
    ),
  ].join('\n');
}
