import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/lib/messages';
import { percentScale } from './scale';

interface Bar {
  key: string;
  label: ReactNode;
  count: number;
  /** What the bar stands against (a category's numbered range): drawn as the hollow rest. */
  total?: number;
  /** The filtered list; null when there is nothing to list. */
  href: string | null;
}

/**
 * Horizontal bars as a list of links, each with its label and count as text, so the chart reads
 * the same to a screen reader and without styles. The bars themselves are decoration.
 */
export function BarChart({ caption, bars }: { caption?: ReactNode; bars: Bar[] }) {
  const scale = percentScale(Math.max(0, ...bars.map((bar) => bar.total ?? bar.count)));
  return (
    <figure>
      {caption && <figcaption className="mb-2 text-muted text-sm">{caption}</figcaption>}
      <ul className="space-y-1">
        {bars.map((bar) => (
          <li key={bar.key}>
            <BarRow bar={bar} width={scale(bar.count)} totalWidth={scale(bar.total ?? 0)} />
          </li>
        ))}
      </ul>
    </figure>
  );
}

const ROW =
  'grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-0.5 rounded px-1 py-0.5 sm:grid-cols-[minmax(0,14rem)_minmax(0,1fr)_4.5rem]';

function BarRow({ bar, width, totalWidth }: { bar: Bar; width: number; totalWidth: number }) {
  const count = bar.total === undefined ? bar.count : `${bar.count} / ${bar.total}`;
  const content = (
    <>
      <span className="min-w-0">{bar.label}</span>
      <svg
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
        className="col-span-2 h-3 w-full max-sm:order-last sm:col-span-1"
      >
        <rect width="100" height="4" className="fill-surface" />
        {totalWidth > width && (
          <rect
            x={width}
            width={totalWidth - width}
            height="4"
            vectorEffect="non-scaling-stroke"
            className="fill-canvas stroke-line-strong [stroke-dasharray:3_2]"
          />
        )}
        {width > 0 && <rect width={width} height="4" className="fill-accent" />}
      </svg>
      <span className="text-right tabular-nums">
        {count}
        {bar.count === 0 && <span className="sr-only">{`（${messages.chart.zero}）`}</span>}
      </span>
    </>
  );
  if (bar.href === null) return <div className={`${ROW} text-muted`}>{content}</div>;
  return (
    // Not prefetched: filtered lists render per request, and a chart holds dozens of them.
    <Link
      href={bar.href}
      prefetch={false}
      className={`${ROW} text-ink no-underline hover:bg-surface hover:underline`}
    >
      {content}
    </Link>
  );
}
