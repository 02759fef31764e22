import Link from 'next/link';
import type { Filters } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { listingHref, withPage } from '@/lib/outcomes/href';

const text = messages.outcomes.pagination;

/** At least 32 px square, above WCAG 2.2's 24 px minimum target. */
const TARGET = 'inline-flex min-h-8 min-w-8 items-center justify-center rounded px-2';

/** Pages shown around the current one; the first and last are always shown. */
const NEIGHBOURS = 2;

/** 1 … 4 5 [6] 7 8 … 12, with null for each gap. */
export function pageWindow(current: number, last: number): Array<number | null> {
  const pages: Array<number | null> = [];
  for (let page = 1; page <= last; page += 1) {
    const near = Math.abs(page - current) <= NEIGHBOURS;
    if (page === 1 || page === last || near) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

export function Pagination({ filters, total }: { filters: Filters; total: number }) {
  const last = Math.ceil(total / filters.pageSize);
  if (last <= 1) return null;
  const current = filters.page;
  const link = (page: number, label: string, rel?: string) => (
    <Link href={listingHref(withPage(filters, page))} rel={rel} prefetch={false} className={TARGET}>
      {label}
    </Link>
  );
  return (
    <nav aria-label={text.label} className="mt-6">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-2">
        {current > 1 && current <= last && <li>{link(current - 1, text.previous, 'prev')}</li>}
        {pageWindow(current, last).map((page, index) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place.
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              {page === current ? (
                <span aria-current="page" className={`${TARGET} bg-accent text-on-accent`}>
                  <span className="sr-only">{text.page(page)}</span>
                  <span aria-hidden="true">{page}</span>
                </span>
              ) : (
                <Link
                  href={listingHref(withPage(filters, page))}
                  prefetch={false}
                  aria-label={text.page(page)}
                  className={TARGET}
                >
                  {page}
                </Link>
              )}
            </li>
          ),
        )}
        {current < last && <li>{link(current + 1, text.next, 'next')}</li>}
      </ul>
    </nav>
  );
}
