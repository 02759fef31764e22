import { SourceError } from './errors';
import type { ClosingDateline } from './fragments';
import { type Line, PAGE_DATE } from './lines';
import type { ParsedDateline, ParsedItem, ParsedPageDate, ParsedPublication } from './types';

/** 新华社, the place it was filed from, the day without a year, 电: （新华社天津9月1日电）. */
const DATELINE_PARTS =
  /^[（(]新华社\s*([^\d（）()]*?)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*电[）)]$/;

/** YYYY-MM-DD of a calendar day, or null when there is no such day (2月30日, 13月1日). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const same =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? date.toISOString().slice(0, 10) : null;
}

/**
 * The day of a dateline, which prints no year, from a day known to be on or after it (the page
 * that printed the dispatch, or the copy's date): the latest such day, so 12月31日 read against
 * 2026-01-02 is 2025-12-31. Null when that year has no such day (2月29日).
 */
export function datelineDay(dateline: Pick<ParsedDateline, 'month' | 'day'>, onOrAfter: string) {
  const [year = 0, month = 0, day = 0] = onOrAfter.split('-').map(Number);
  const later = dateline.month > month || (dateline.month === month && dateline.day > day);
  return isoDay(later ? year - 1 : year, dateline.month, dateline.day);
}

/**
 * The dateline that closes the list: of the datelines that end an item (./fragments.ts), the
 * one after the item that comes last in the list. Commentary printed around the list ends its
 * own paragraphs with datelines too, before or after the list, but never an item of it.
 */
function listDateline(
  closing: readonly ClosingDateline[],
  items: readonly ParsedItem[],
): ParsedDateline | null {
  const position = new Map(items.map((item, index) => [item.sourceLines[0], index]));
  let found: { index: number; dateline: ParsedDateline } | null = null;
  for (const candidate of closing) {
    const index = position.get(candidate.item);
    const parts = DATELINE_PARTS.exec(candidate.text);
    const item = index === undefined ? undefined : items[index];
    if (!item || index === undefined || !parts || (found && found.index > index)) continue;
    found = {
      index,
      dateline: {
        text: candidate.text,
        line: candidate.line,
        place: parts[1] === '' ? null : (parts[1] ?? null),
        month: Number(parts[2]),
        day: Number(parts[3]),
        closes: { section: item.section, number: item.number },
      },
    };
  }
  return found?.dateline ?? null;
}

/**
 * The date the newspaper pages print in their headers (2025年9月2日 星期二). A copy cut from one
 * issue prints one date on every page; should pages disagree, the date most of them print, and
 * of equally many the latest, so the order of the pages never changes the answer.
 */
function pageDate(lines: readonly Line[]): ParsedPageDate | null {
  const seen = new Map<string, ParsedPageDate & { pages: number }>();
  for (const line of lines) {
    if (line.kind !== 'noise' || line.reason !== 'page-header') continue;
    const parts = PAGE_DATE.exec(line.text);
    const date = parts && isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3]));
    if (!date) continue;
    const known = seen.get(date);
    if (known) known.pages += 1;
    else seen.set(date, { date, text: line.text, line: line.line, pages: 1 });
  }
  const [best] = [...seen.values()].sort(
    (a, b) => b.pages - a.pages || b.date.localeCompare(a.date),
  );
  return best ? { date: best.date, text: best.text, line: best.line } : null;
}

/** What the copy says of its own publication: the list's dateline and the page's date. */
export function readPublication(
  lines: readonly Line[],
  closing: readonly ClosingDateline[],
  items: readonly ParsedItem[],
): ParsedPublication {
  return { dateline: listDateline(closing, items), pageDate: pageDate(lines) };
}

/** Where the year of the dispatch, which its dateline does not print, was taken from. */
export type DispatchYearFrom = 'page' | 'file-name';

/**
 * The publication as the catalogue states it: Xinhua's dispatch (place as printed, its day
 * with a year) and the newspaper page's date. `line` is where the copy prints each; a page date
 * given for a copy that prints none has no line.
 */
export interface PublicationFacts {
  dispatch: {
    place: string | null;
    /** YYYY-MM-DD; null when no year could be found for it. */
    date: string | null;
    yearFrom: DispatchYearFrom | null;
    line: number;
  } | null;
  page: { date: string; line: number | null } | null;
}

/** A YYYY-MM-DD in a file's name (xinhua-sco-outcomes-2025-09-02.txt), if it is a real day. */
function dateInFileName(fileName: string): string | null {
  const parts = /(\d{4})-(\d{2})-(\d{2})/.exec(fileName);
  return parts ? isoDay(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

/**
 * The dispatch's year from the page that printed it; for a copy without a page date, from the
 * one given for it (`pageDate`), else from a date in the file's name, the day the copy was
 * taken, which the dispatch cannot follow. A page date given for a copy that prints another is
 * refused: the copy is the authority on itself.
 */
export function publicationFacts(
  publication: ParsedPublication,
  copy: { fileName: string; pageDate?: string },
): PublicationFacts {
  const printed = publication.pageDate;
  if (printed && copy.pageDate !== undefined && copy.pageDate !== printed.date) {
    throw new SourceError(
      `the copy prints its page date ${printed.date} (line ${printed.line}), not ${copy.pageDate}`,
    );
  }
  const page = printed
    ? { date: printed.date, line: printed.line }
    : copy.pageDate === undefined
      ? null
      : { date: copy.pageDate, line: null };
  const { dateline } = publication;
  if (!dateline) return { dispatch: null, page };
  const fileDate = dateInFileName(copy.fileName);
  const [date, yearFrom] = page
    ? [datelineDay(dateline, page.date), 'page' as const]
    : fileDate
      ? [datelineDay(dateline, fileDate), 'file-name' as const]
      : [null, null];
  return {
    dispatch: {
      place: dateline.place,
      date,
      yearFrom: date === null ? null : yearFrom,
      line: dateline.line,
    },
    page,
  };
}
