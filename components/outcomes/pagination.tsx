import { ViewLink } from '@/components/ui/view-link';
import { listingHref, withPage } from '@/lib/catalogue';
import { withAnchor } from '@/lib/paths';
import type { CountedViewProps } from './view-props';

/** Pages shown around the current one; the first and last are always shown. */
const NEIGHBOURS = 2;

/** 1 … 4 5 [6] 7 8 … 12, with null for each gap. */
function pageWindow(current: number, last: number): Array<number | null> {
  const shown = (page: number) =>
    page === 1 || page === last || Math.abs(page - current) <= NEIGHBOURS;
  const pages: Array<number | null> = [];
  for (let page = 1; page <= last; page += 1) {
    // A gap standing for a single page would take as much room as the page's own link.
    if (shown(page) || (shown(page - 1) && shown(page + 1))) pages.push(page);
    else if (pages.at(-1) !== null) pages.push(null);
  }
  return pages;
}

/** Page links that land on the results heading, as every change of the view does. */
export function Pagination({ locale, filters, total }: CountedViewProps) {
  const text = locale.messages.outcomes.pagination;
  const last = Math.ceil(total / filters.pageSize);
  if (last <= 1) return null;
  const current = filters.page;
  const href = (page: number) =>
    withAnchor(locale.path(listingHref(withPage(filters, page))), 'results');
  return (
    <nav aria-label={text.label} className="pagination">
      <ul>
        {current > 1 && current <= last && (
          <li>
            <ViewLink href={href(current - 1)} rel="prev">
              {text.previous}
            </ViewLink>
          </li>
        )}
        {pageWindow(current, last).map((page, index) =>
          page === null ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: a gap has no identity but its place.
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              {page === current ? (
                <span aria-current="page">
                  <span className="sr-only">{text.page(page)}</span>
                  <span aria-hidden="true">{page}</span>
                </span>
              ) : (
                <ViewLink href={href(page)} aria-label={text.page(page)}>
                  {page}
                </ViewLink>
              )}
            </li>
          ),
        )}
        {current < last && (
          <li>
            <ViewLink href={href(current + 1)} rel="next">
              {text.next}
            </ViewLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
