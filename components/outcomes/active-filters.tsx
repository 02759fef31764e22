import { LangRuns } from '@/components/ui/lang-runs';
import { ViewLink } from '@/components/ui/view-link';
import {
  FACET_KEYS,
  type Filters,
  hasFilters,
  listingHref,
  withoutFilters,
  withoutQuery,
  withoutValue,
} from '@/lib/catalogue';
import { facetValueName } from '@/lib/i18n/labels';
import { withAnchor } from '@/lib/paths';
import type { ViewProps } from './view-props';

/** The active filters, each a link that removes only itself; the rest stay as they are. */
export function ActiveFilters({ locale, catalogue, filters }: ViewProps) {
  if (!hasFilters(filters)) return null;
  const text = locale.messages.outcomes;
  const href = (next: Filters) => withAnchor(locale.path(listingHref(next)), 'results');
  const chips = FACET_KEYS.flatMap((facet) =>
    filters[facet].map((value) => ({
      key: `${facet}=${value}`,
      label: text.chips.chip(
        text.facets.names[facet],
        facetValueName(locale, catalogue, facet, value),
      ),
      href: href(withoutValue(filters, facet, value)),
    })),
  );
  if (filters.q !== '') {
    chips.push({
      key: 'q',
      label: text.chips.chip(text.chips.query, text.quoted(filters.q)),
      href: href(withoutQuery(filters)),
    });
  }
  return (
    <section aria-labelledby="chips-heading" className="chips">
      <h3 id="chips-heading" className="sr-only">
        {text.chips.heading}
      </h3>
      <ul>
        {chips.map((chip) => (
          <li key={chip.key}>
            <ViewLink href={chip.href} className="chip">
              <span className="sr-only">{text.chips.remove}</span>
              <span>
                <LangRuns lang={locale.lang} text={chip.label} />
              </span>
              <span aria-hidden="true">×</span>
            </ViewLink>
          </li>
        ))}
        <li>
          <ViewLink href={href(withoutFilters(filters))}>{text.chips.clearAll}</ViewLink>
        </li>
      </ul>
    </section>
  );
}
