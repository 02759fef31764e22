import Link from 'next/link';
import type { Facets, Filters } from '@/lib/catalogue';
import { FACET_KEYS } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import {
  hasFilters,
  listingHref,
  withoutFilters,
  withoutQuery,
  withoutValue,
} from '@/lib/outcomes/href';
import { valueLabel } from '@/lib/outcomes/labels';

const text = messages.outcomes;

interface Chip {
  key: string;
  facet: string;
  label: string;
  href: string;
}

function chipsOf(filters: Filters, facets: Facets): Chip[] {
  const chips = FACET_KEYS.flatMap((facet) =>
    filters[facet].map(String).map((value) => ({
      key: `${facet}=${value}`,
      facet: text.facets.names[facet],
      label: valueLabel(facet, value, facets[facet].find((v) => v.value === value)?.zh ?? null),
      href: listingHref(withoutValue(filters, facet, value)),
    })),
  );
  if (filters.q !== '') {
    chips.push({
      key: 'q',
      facet: text.chips.query,
      label: text.quoted(filters.q),
      href: listingHref(withoutQuery(filters)),
    });
  }
  return chips;
}

/** The active filters, each a link that removes only itself; the rest stay as they are. */
export function ActiveFilters({ filters, facets }: { filters: Filters; facets: Facets }) {
  if (!hasFilters(filters)) return null;
  return (
    <section aria-labelledby="chips-heading" className="mb-6">
      <h2 id="chips-heading" className="mb-2 font-semibold">
        {text.chips.heading}
      </h2>
      <ul className="flex flex-wrap items-center gap-2">
        {chipsOf(filters, facets).map((chip) => (
          <li key={chip.key}>
            <Link
              href={chip.href}
              scroll={false}
              prefetch={false}
              className="inline-flex items-center gap-1 rounded-full border border-line-strong bg-surface px-3 py-1 text-ink text-sm no-underline hover:underline"
            >
              <span className="sr-only">{text.chips.remove}</span>
              <span>{text.chips.chip(chip.facet, chip.label)}</span>
              <span aria-hidden="true">×</span>
            </Link>
          </li>
        ))}
        <li>
          <Link
            href={listingHref(withoutFilters(filters))}
            scroll={false}
            prefetch={false}
            className="text-sm"
          >
            {text.chips.clearAll}
          </Link>
        </li>
      </ul>
    </section>
  );
}
