/** The three top sections of the list, in printed order. */
export const SECTION_KEYS = ['meetings', 'documents', 'initiatives'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** 1-based line numbers in the source file, first and last line an item was read from. */
export type LineSpan = readonly [first: number, last: number];

export interface ParsedCategory {
  /** 1 for （一）, 2 for （二）… */
  ordinal: number;
  /** Heading text as printed, without ordinal and count; null when the heading is not in the source. */
  heading: string | null;
  /** The count the heading declares (（共77项） → 77); null when not declared or heading missing. */
  declaredCount: number | null;
  /** The measure word the list prints the count with (（共24份） → 份); null with no count. */
  declaredMeasure: string | null;
  /** True when this category was reconstructed because its heading is missing. */
  inferred: boolean;
  /** First and last number the category spans, as far as headings, counts and numbering tell. */
  range: { first: number; last: number | null };
  /** Item numbers found in this copy, ascending. */
  numbers: number[];
  /** Numbers inside `range` that this copy lacks, ascending. */
  missing: number[];
  /** Source line of the heading, null when inferred. */
  line: number | null;
}

export interface ParsedSection {
  key: SectionKey;
  /** 1 for 一、, 2 for 二、… */
  ordinal: number;
  /** Heading text as printed without its ordinal (成果文件); null when not in the source. */
  heading: string | null;
  inferred: boolean;
  line: number | null;
  categories: ParsedCategory[];
}

export interface ParsedItem {
  section: SectionKey;
  /** Ordinal of the category within its section. */
  category: number;
  number: number;
  /** Exactly as printed, joined across wrapped lines, dateline and stray whitespace removed. */
  title: string;
  sourceLines: LineSpan;
}

export type SkipReason = 'commentary' | 'page-marker' | 'page-header' | 'dateline' | 'list-title';

/** The language the parser writes an issue's `reason` in (BCP 47): pages quoting it mark it so. */
export const PARSER_LANGUAGE = 'en';

export type ParseIssue =
  | {
      kind: 'count-mismatch';
      section: SectionKey;
      category: number;
      declared: number;
      /** The heading's measure word (项, 份), for quoting the count as printed. */
      measure: string;
      found: number;
    }
  | { kind: 'missing-range'; section: SectionKey; category: number; from: number; to: number }
  | { kind: 'duplicate-number'; section: SectionKey; number: number; lines: number[] }
  | { kind: 'inferred-section'; section: SectionKey; ordinal: number; reason: string }
  | { kind: 'inferred-category'; section: SectionKey; category: number; reason: string }
  | { kind: 'fragment-placed'; lines: LineSpan; section: SectionKey; reason: string }
  | { kind: 'unplaced-fragment'; lines: LineSpan; reason: string }
  | { kind: 'skipped-lines'; reason: SkipReason; lines: LineSpan; text: string }
  | { kind: 'dateline-removed'; line: number; text: string };

/** Xinhua's dateline that closes the list: （新华社天津9月1日电）. */
export interface ParsedDateline {
  /** As printed, digits in ASCII. */
  text: string;
  line: number;
  /** Where it was filed from, as printed (天津); null when it names no place. */
  place: string | null;
  month: number;
  day: number;
  /** The item it closes: the last of the list this copy prints. */
  closes: { section: SectionKey; number: number };
}

/** The date the newspaper page prints in its header: 2025年9月2日 星期二. */
export interface ParsedPageDate {
  /** YYYY-MM-DD */
  date: string;
  text: string;
  line: number;
}

/** What the copy says of its publication: Xinhua's dispatch of the list, and the page it is on. */
export interface ParsedPublication {
  dateline: ParsedDateline | null;
  pageDate: ParsedPageDate | null;
}

export interface ParsedList {
  /** The list's own title line, null if the copy lacks it. */
  title: string | null;
  publication: ParsedPublication;
  sections: ParsedSection[];
  /** In list order: by section, then number. */
  items: ParsedItem[];
  issues: ParseIssue[];
}
