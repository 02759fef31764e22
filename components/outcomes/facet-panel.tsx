import {
  FACET_KEYS,
  type FacetKey,
  type Facets,
  type FacetValue,
  type Filters,
  facetOf,
  isSelected,
  listingHref,
  toggleValue,
  withMore,
} from '@/lib/catalogue';
import { facetsInWords, facetValueName } from '@/lib/i18n/labels';
import { withAnchor } from '@/lib/paths';
import { type FacetData, FacetList } from './facet-list';
import type { ViewProps } from './view-props';

/** Values shown before "more": enough for every facet's usual choices, few enough for a phone. */
const SHOWN = 6;

/**
 * Every facet with its values as links; each link adds or removes one value and leads to the
 * results. Long facets show their busiest values and a "more" link to the same view with that
 * facet whole (`more=place`, as Datasette's facet size): the page carries only what is shown.
 * A value that would empty the list is not a link; a selected one always is, to take it off.
 */
export function FacetPanel({ locale, catalogue, filters, facets }: ViewProps & { facets: Facets }) {
  const text = locale.messages.outcomes.facets;
  const active = facetsInWords(locale, catalogue, filters);
  const data: FacetData[] = FACET_KEYS.filter((facet) => facets[facet].length > 0).map((facet) => {
    const values = ordered(facet, facets[facet], filters);
    const whole = filters.more.includes(facet);
    return {
      key: facet,
      heading: text.names[facet],
      note: text.notes[facet] ?? null,
      options: (whole ? values : values.slice(0, SHOWN)).map((entry) => {
        const selected = isSelected(filters, facet, entry.value);
        return [
          facetValueName(locale, catalogue, facet, entry.value),
          text.count(entry.count),
          entry.inferred > 0 ? text.inferredCount(entry.inferred) : null,
          !selected && entry.count === 0
            ? null
            : withAnchor(
                locale.path(listingHref(toggleValue(filters, facet, entry.value))),
                'results',
              ),
          selected,
        ];
      }),
      more:
        values.length > SHOWN
          ? {
              href: locale.path(listingHref(withMore(filters, facet, !whole))),
              text: whole ? text.fewer : text.more(values.length - SHOWN),
            }
          : null,
    };
  });
  return (
    <FacetList
      summary={text.summary(active.join(locale.messages.locale.clauseSeparator))}
      heading={text.heading}
      facets={data}
      selectedText={text.selected}
    />
  );
}

/**
 * Selected values first, so a choice never hides behind "more"; then by count, or in the
 * vocabulary's order where that order means something (the list's own, years).
 */
function ordered(facet: FacetKey, values: readonly FacetValue[], filters: Filters): FacetValue[] {
  const rank = (entry: FacetValue) => (isSelected(filters, facet, entry.value) ? 0 : 1);
  return values
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        rank(a.entry) - rank(b.entry) ||
        (facetOf(facet).inOrder ? 0 : b.entry.count - a.entry.count) ||
        a.index - b.index,
    )
    .map(({ entry }) => entry);
}
