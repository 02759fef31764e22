'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';

/** Half-open [start, end) ranges of a title to mark as matching the search. */
type Marks = ReadonlyArray<readonly [number, number]>;

export interface RowData {
  key: string;
  href: string;
  /** The title in the page's language: a translation (marked unofficial), or the original. */
  title: string;
  titleMarks: Marks;
  /** The title as printed, when `title` is a translation. */
  original: string | null;
  originalMarks: Marks;
  /** Where the item sits and what was inferred of it, as one line. */
  meta: string;
}

/**
 * The result rows. A client component only to be sent once, compactly: a server component's
 * rows would reach the browser twice — as HTML and again as a far wordier element tree in the
 * page's React payload — where a client component's reach it as HTML and as this data. It
 * renders on the server like any other, so the list needs no script to be read.
 */
export function ResultRows({
  rows,
  text,
  originalLang,
}: {
  rows: readonly RowData[];
  text: { unofficial: string; inferred: string };
  originalLang: string;
}) {
  return (
    <ol className="rows">
      {rows.map((row) => (
        <li key={row.key} className="row">
          <h3 className="item-title">
            <Link href={row.href} prefetch={false}>
              {marked(row.title, row.titleMarks)}
            </Link>
            {row.original !== null && <span className="translation-mark">{text.unofficial}</span>}
          </h3>
          {row.original !== null && (
            <span className="item-original" lang={originalLang}>
              {marked(row.original, row.originalMarks)}
            </span>
          )}
          <p className="row-meta">
            {row.meta}
            <span className="inferred">{text.inferred}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The text with its ranges in <mark>. */
function marked(text: string, marks: Marks): ReactNode {
  if (marks.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
