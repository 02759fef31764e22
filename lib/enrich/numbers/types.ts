/** Where in the title a value was read: offsets into the title as printed, and those words. */
export interface Words {
  start: number;
  words: string;
}

export const PERIOD_KINDS = ['year', 'from-year', 'next-years'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** When a commitment runs: in a year (2025年), from a year on (从2026年开始), the next N years. */
export interface Period extends Words {
  kind: PeriodKind;
  /** The year for `year` and `from-year`, the number of years for `next-years`. */
  value: number;
}

export const RELATIONS = ['multiple', 'phase'] as const;
export type Relation = (typeof RELATIONS)[number];

/**
 * One thing the title commits to. Either a quantity (20亿元人民币 → 2 000 000 000 yuan) or a
 * relation to what exists (翻一番 → multiple 2; 二期 → phase 2), never both.
 */
export interface Commitment extends Words {
  quantity: number | null;
  /** A unit key of data/numbers.json. */
  unit: string;
  /** A kind key of data/numbers.json. */
  kind: string;
  relation: { key: Relation; value: number } | null;
  period: Period | null;
}

/** 第N次 or 第N届 of a recurring meeting or event, and the series it continues. */
export interface Ordinal extends Words {
  value: number;
  /** An ordinal kind key of data/numbers.json: `session` (次) or `edition` (届). */
  kind: string;
  /** The title's event without its ordinal, years and edition words, as printed. */
  series: string;
}

/** A number read that is neither a commitment, its period, nor an ordinal. */
export interface OtherNumber extends Words {
  value: number;
}

/** Everything the numbers of one title say. Pure data, offsets into the title as printed. */
export interface NumberReadings {
  commitments: Commitment[];
  ordinals: Ordinal[];
  /** Every period the title states, whether or not a commitment takes it. */
  periods: Period[];
  /** Years that are not a period: 2025年上海合作组织…论坛, 智库论坛2024. */
  years: OtherNumber[];
  /** Quantities that commit to nothing: counted without a kind, or inside a quoted name. */
  quantities: OtherNumber[];
  /** Digits that name rather than count: 上合组织100, “上合100”. */
  names: OtherNumber[];
}
