import { ViewLink } from '@/components/ui/view-link';
import {
  type Filters,
  listingHref,
  PAGE_SIZES,
  SORT_KEYS,
  withPageSize,
  withSort,
} from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import { withAnchor } from '@/lib/paths';

/**
 * Order and page size as links, not selects: they work without JavaScript, change only what
 * they say, and are kept in the address. Relevance is offered only for a search.
 */
export function ViewOptions({ locale, filters }: { locale: Locale; filters: Filters }) {
  const text = locale.messages.outcomes;
  const href = (next: Filters) => withAnchor(locale.path(listingHref(next)), 'results');
  const sorts = SORT_KEYS.filter((sort) => sort !== 'relevance' || filters.q !== '');
  return (
    <div className="view-options">
      <Choice
        id="sort-label"
        label={text.sort.label}
        options={sorts.map((sort) => ({
          key: sort,
          label: text.sort.options[sort],
          current: filters.sort === sort,
          href: href(withSort(filters, sort)),
        }))}
      />
      <Choice
        id="size-label"
        label={text.pageSize.label}
        options={PAGE_SIZES.map((size) => ({
          key: String(size),
          label: text.pageSize.option(size),
          current: filters.pageSize === size,
          href: href(withPageSize(filters, size)),
        }))}
      />
    </div>
  );
}

function Choice({
  id,
  label,
  options,
}: {
  id: string;
  label: string;
  options: Array<{ key: string; label: string; current: boolean; href: string }>;
}) {
  return (
    <nav aria-labelledby={id} className="choice">
      <span id={id} className="muted">
        {label}
      </span>
      <ul>
        {options.map((option) => (
          <li key={option.key}>
            {option.current ? (
              <span aria-current="true">{option.label}</span>
            ) : (
              <ViewLink href={option.href}>{option.label}</ViewLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
