import Link from 'next/link';
import { type Filters, SORT_KEYS } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { listingHref, withSort } from '@/lib/outcomes/href';

const text = messages.outcomes.sort;

/** Orders as links, not a select: they work without JavaScript and change only the order. */
export function SortLinks({ filters }: { filters: Filters }) {
  return (
    <nav aria-labelledby="sort-label" className="text-sm">
      <span id="sort-label" className="mr-2 text-muted">
        {text.label}
      </span>
      <ul className="inline-flex flex-wrap gap-x-3">
        {SORT_KEYS.map((sort) => (
          <li key={sort}>
            {sort === filters.sort ? (
              <span aria-current="true" className="font-semibold">
                {text.options[sort]}
              </span>
            ) : (
              <Link href={listingHref(withSort(filters, sort))} scroll={false} prefetch={false}>
                {text.options[sort]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
