import { asciiDigits, chineseOrdinal } from './numerals';
import { sectionByHeading } from './sections';
import type { SkipReason } from './types';

/** One classified source line. `line` is 1-based, as editors and the /source page count. */
export type Line =
  | { kind: 'blank'; line: number }
  | { kind: 'section'; line: number; ordinal: number; heading: string }
  | {
      kind: 'category';
      line: number;
      ordinal: number;
      heading: string;
      declaredCount: number | null;
      /** The measure word the count is printed with (（共24份） → 份). */
      declaredMeasure: string | null;
    }
  | { kind: 'item'; line: number; number: number; text: string }
  | { kind: 'noise'; line: number; reason: SkipReason; text: string }
  | { kind: 'text'; line: number; text: string };

const ORDINAL = '[一二三四五六七八九十]{1,3}';
const SECTION = new RegExp(`^(${ORDINAL})\\s*[、．.]\\s*([^，。,；;：:]{1,20})$`);
const CATEGORY = new RegExp(
  `^[（(](${ORDINAL})[）)]\\s*([^。；;]{1,40}?)\\s*(?:[（(]共\\s*(\\d{1,6})\\s*([项份个条件])\\s*[）)])?$`,
);
// A date such as 2025.9.1 in commentary is not item 2025.
const ITEM = /^(?!(?:19|20)\d\d[.．]\d)(\d{1,5})\s*[.．、]\s*(\S.*)$/;
const PAGE_MARKER = /^[（(]\s*[上下]接第?\s*[一二三四五六七八九十\d]{1,3}\s*版\s*[）)]$/;
/** A newspaper page's date line: 2025年9月2日 星期二. */
export const PAGE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:星期[一二三四五六日天])?$/;
// Newspaper page names are letter-spaced: 要 闻, 国 际, 综 合.
const PAGE_NAME = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,4}$/u;
export const DATELINE = /[（(]新华社[^（）()]{1,30}电[）)]/;
const DATELINE_LINE = new RegExp(`^${DATELINE.source}$`);
const LIST_TITLE = /^[^，。,；;：:“”]{6,60}清单$/;

/** Whitespace the newspaper copy scatters around text; inner runs keep one space. */
export function tidy(text: string): string {
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
}

export function classifyLine(raw: string, line: number): Line {
  const text = tidy(asciiDigits(raw));
  if (text === '') return { kind: 'blank', line };

  const item = ITEM.exec(text);
  if (item?.[1] && item[2]) return { kind: 'item', line, number: Number(item[1]), text: item[2] };

  const section = SECTION.exec(text);
  const sectionOrdinal = section?.[1] ? chineseOrdinal(section[1]) : null;
  // Commentary numbers its own points (一、坚持…); only the list's own section names count.
  if (section?.[2] && sectionOrdinal !== null && sectionByHeading(sectionOrdinal, section[2])) {
    return { kind: 'section', line, ordinal: sectionOrdinal, heading: section[2] };
  }

  if (PAGE_MARKER.test(text)) return { kind: 'noise', line, reason: 'page-marker', text };
  if (DATELINE_LINE.test(text)) return { kind: 'noise', line, reason: 'dateline', text };

  const category = CATEGORY.exec(text);
  const categoryOrdinal = category?.[1] ? chineseOrdinal(category[1]) : null;
  if (category?.[2] && categoryOrdinal !== null) {
    return {
      kind: 'category',
      line,
      ordinal: categoryOrdinal,
      heading: category[2],
      declaredCount: category[3] ? Number(category[3]) : null,
      declaredMeasure: category[4] ?? null,
    };
  }

  if (PAGE_DATE.test(text) || PAGE_NAME.test(text)) {
    return { kind: 'noise', line, reason: 'page-header', text };
  }
  if (LIST_TITLE.test(text)) return { kind: 'noise', line, reason: 'list-title', text };
  return { kind: 'text', line, text };
}

/** Splits on any line ending (LF, CRLF, CR) so copies saved on other systems read the same. */
export function classifyLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => classifyLine(raw, i + 1));
}
