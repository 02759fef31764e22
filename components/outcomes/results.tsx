import Link from 'next/link';
import type { Filters, OutcomeListing, OutcomeSummary } from '@/lib/catalogue';
import { EXPORT_ROWS_MAX } from '@/lib/constants';
import { messages } from '@/lib/messages';
import { csvHref, hasFilters, listingHref, withoutFilters, withPage } from '@/lib/outcomes/href';
import { categoryLabel } from '@/lib/outcomes/labels';
import { outcomePath } from '@/lib/routes';
import { Pagination } from './pagination';
import { SortLinks } from './sort-links';

const text = messages.outcomes.results;
const join = (values: readonly string[]) =>
  values.length > 0 ? values.join(messages.outcomes.listSeparator) : text.none;

function Inferred() {
  return (
    <span className="ml-1 rounded border border-line-strong px-1 font-normal text-muted text-xs">
      {messages.inferred.mark}
    </span>
  );
}

function Field({
  term,
  inferred,
  children,
}: {
  term: string;
  inferred?: boolean;
  children: string;
}) {
  return (
    <div className="flex gap-1">
      <dt className="text-muted">
        {term}
        {inferred && <Inferred />}
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function ResultItem({ item }: { item: OutcomeSummary }) {
  return (
    <li className="border-line border-b py-4">
      <h3 className="mb-2 font-semibold text-lg leading-snug">
        <Link href={outcomePath(item.section, item.number)}>{item.title}</Link>
      </h3>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        <Field term={text.number}>{String(item.number)}</Field>
        <Field term={text.category}>{categoryLabel(`${item.section}.${item.category}`)}</Field>
        <Field term={text.type} inferred>
          {item.type.zh}
        </Field>
        <Field term={text.topics} inferred>
          {join(item.topics.map((topic) => topic.zh))}
        </Field>
        <Field term={text.places} inferred>
          {join(item.places.map((place) => place.zh))}
        </Field>
        <Field term={text.year}>{join(item.years.map(String))}</Field>
      </dl>
    </li>
  );
}

function statusOf(listing: OutcomeListing): string {
  const first = (listing.page - 1) * listing.pageSize + 1;
  const last = first + listing.items.length - 1;
  return listing.items.length > 0 && listing.total > listing.items.length
    ? text.statusPaged(listing.total, first, last)
    : text.status(listing.total);
}

function Empty({ filters, listing }: { filters: Filters; listing: OutcomeListing }) {
  const pages = Math.ceil(listing.total / listing.pageSize);
  if (listing.total > 0) {
    return (
      <p className="py-6">
        {text.pageOutOfRange(pages)}{' '}
        <Link href={listingHref(withPage(filters, 1))}>{text.firstPage}</Link>
      </p>
    );
  }
  return (
    <div className="py-6">
      <p className="mb-2 font-semibold">{text.empty}</p>
      <p className="mb-2">{text.emptyHint}</p>
      {hasFilters(filters) && <Link href={listingHref(withoutFilters(filters))}>{text.clear}</Link>}
    </div>
  );
}

/**
 * The results, their count and the ways to page, sort and export them. The count is a live
 * region that stays the same element across client navigations (the page is not remounted
 * when only the query string changes), so a screen reader announces each new count.
 */
export function Results({ filters, listing }: { filters: Filters; listing: OutcomeListing }) {
  const exportCount = Math.min(listing.total, EXPORT_ROWS_MAX);
  return (
    <section id="results" tabIndex={-1} aria-labelledby="results-heading" className="min-w-0">
      <h2 id="results-heading" className="mb-1 font-bold text-xl">
        {text.heading}
      </h2>
      <p role="status" aria-atomic="true" className="mb-3">
        {statusOf(listing)}
      </p>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
        <SortLinks filters={filters} />
        {listing.total > 0 && (
          <p className="text-sm">
            <a href={csvHref(filters)} download>
              {listing.total > EXPORT_ROWS_MAX
                ? messages.outcomes.export.linkTruncated(exportCount, listing.total)
                : messages.outcomes.export.link(exportCount)}
            </a>
            <span className="text-muted">{` ${messages.outcomes.export.note}`}</span>
          </p>
        )}
      </div>
      <p className="mb-2 text-muted text-sm">{text.inferredNote}</p>
      {listing.items.length > 0 ? (
        <ol aria-labelledby="results-heading" className="border-line border-t">
          {listing.items.map((item) => (
            <ResultItem key={item.key} item={item} />
          ))}
        </ol>
      ) : (
        <Empty filters={filters} listing={listing} />
      )}
      <Pagination filters={filters} total={listing.total} />
    </section>
  );
}
