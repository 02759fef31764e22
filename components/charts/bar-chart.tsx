'use client';

import Link from 'next/link';
import { percentScale } from './scale';

interface Bar {
  key: string;
  label: string;
  /** A line under the label (what a category declares, its numbering). */
  note?: string;
  /** The inferred mark's text, when the label itself is the catalogue's inference. */
  inferred?: string;
  count: number;
  /**
   * What the bar stands against (a category's numbered range): the bar's whole track, found
   * filled and the rest hollow, so a complete category is a full bar whatever its size.
   */
  total?: number;
  /** The filtered list; null when there is nothing to list. */
  href: string | null;
}

/**
 * Horizontal bars as a list of links, each with its label and count as text, so the chart reads
 * the same to a screen reader and without styles; the bars themselves are decoration. A client
 * component only to be sent once, compactly (see components/outcomes/result-rows.tsx).
 */
export function BarChart({
  caption,
  bars,
  zero,
}: {
  caption?: string;
  bars: readonly Bar[];
  zero: string;
}) {
  const shared = percentScale(Math.max(0, ...bars.map((bar) => bar.count)));
  return (
    <figure className="bars">
      {caption && <figcaption className="muted small">{caption}</figcaption>}
      <ul>
        {bars.map((bar) => {
          const scale = bar.total === undefined ? shared : percentScale(bar.total);
          const found = tenths(scale(bar.count));
          const rest = bar.total === undefined ? 0 : tenths(100 - found);
          const content = (
            <>
              <span className="bar-label">
                {bar.label}
                {bar.inferred && <span className="inferred">{bar.inferred}</span>}
                {bar.note && <span className="muted small block">{bar.note}</span>}
              </span>
              {/* The track is the svg's own background (CSS): one rect fewer on every bar. */}
              <svg viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                {rest > 0 && <rect x={found} width={rest} height="4" className="bar-missing" />}
                {found > 0 && <rect width={found} height="4" className="bar-found" />}
              </svg>
              <span className="bar-count">
                {bar.total === undefined ? bar.count : `${bar.count} / ${bar.total}`}
                {bar.count === 0 && <span className="sr-only">{` (${zero})`}</span>}
              </span>
            </>
          );
          return (
            <li key={bar.key}>
              {bar.href === null ? (
                <div className="bar muted">{content}</div>
              ) : (
                <Link href={bar.href} prefetch={false} className="bar">
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** A width to a tenth of a percent: finer than a pixel on any track, and short to send. */
function tenths(percent: number): number {
  return Math.round(percent * 10) / 10;
}
