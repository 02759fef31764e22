import Link from 'next/link';
import { ShareLink } from '@/components/ui/share-link';
import { type AddressNotice, listingHref, type OutcomeListing, withPage } from '@/lib/catalogue';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';
import { ANCHORS } from '@/lib/paths';
import { ActiveFilters } from './active-filters';
import { Downloads } from './downloads';
import { EmptyResults } from './empty-results';
import { FilterNotices } from './filter-notices';
import { Pagination } from './pagination';
import { toRow } from './result-row';
import { ResultRows } from './result-rows';
import { ResultsFocus } from './results-focus';
import { ViewOptions } from './view-options';
import type { ViewProps } from './view-props';

/**
 * The results, their count, the active filters and the ways to order, page, export and share
 * them. The count is a live region that stays the same element across client navigations (the
 * page is not remounted when only the query string changes), so a screen reader announces each
 * new count once.
 */
export function Results({
  locale,
  catalogue,
  filters,
  listing,
  notices,
}: ViewProps & { listing: OutcomeListing; notices: readonly AddressNotice[] }) {
  const text = locale.messages.outcomes;
  const first = (listing.page - 1) * listing.pageSize + 1;
  const last = first + listing.items.length - 1;
  const status =
    listing.items.length > 0 && listing.total > listing.items.length
      ? text.results.statusPaged(listing.total, first, last)
      : text.results.status(listing.total);
  return (
    <section id={ANCHORS.results} aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" tabIndex={-1}>
        {text.results.heading}
      </h2>
      <p role="status" aria-atomic="true">
        {status}
      </p>
      <FilterNotices locale={locale} catalogue={catalogue} filters={filters} notices={notices} />
      <ActiveFilters locale={locale} catalogue={catalogue} filters={filters} />
      <ViewOptions locale={locale} filters={filters} />
      {listing.items.length > 0 ? (
        <>
          <p className="muted small">{locale.messages.inferred.legend}</p>
          <ResultRows
            rows={listing.items.map((item, index) =>
              toRow(locale, item, listing.highlights[index] ?? null),
            )}
            text={{
              unofficial: locale.messages.translation.unofficial,
              inferred: locale.messages.inferred.mark,
            }}
            originalLang={DEFAULT_LOCALE.lang}
          />
        </>
      ) : listing.total > 0 ? (
        <p className="empty">
          {text.results.pageOutOfRange(Math.ceil(listing.total / listing.pageSize))}{' '}
          <Link href={locale.path(listingHref(withPage(filters, 1)))}>
            {text.results.firstPage}
          </Link>
        </p>
      ) : (
        <EmptyResults locale={locale} catalogue={catalogue} filters={filters} />
      )}
      <Pagination locale={locale} filters={filters} total={listing.total} />
      <Downloads locale={locale} filters={filters} total={listing.total} />
      <ShareLink locale={locale} path={listingHref(filters)} />
      <ResultsFocus target="results-heading" />
    </section>
  );
}
