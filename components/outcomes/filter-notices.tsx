import Link from 'next/link';
import {
  type AddressNotice,
  FACET_KEYS,
  type FacetKey,
  listingHref,
  nearestValue,
  toggleValue,
} from '@/lib/catalogue';
import { facetValueName } from '@/lib/i18n/labels';
import type { ViewProps } from './view-props';

/** Shown values are cut short: they come from the address and may be anything. */
const SHOWN_MAX = 40;

function shorten(value: string): string {
  return value.length > SHOWN_MAX ? `${value.slice(0, SHOWN_MAX)}…` : value;
}

function isFacet(param: string): param is FacetKey {
  return (FACET_KEYS as readonly string[]).includes(param);
}

/**
 * Says which parameters of the address were ignored, beside the results they change, so the
 * reader knows what is shown; a mistyped facet value links to the nearest valid one.
 */
export function FilterNotices({
  locale,
  catalogue,
  filters,
  notices,
}: ViewProps & { notices: readonly AddressNotice[] }) {
  if (notices.length === 0) return null;
  const text = locale.messages.outcomes.notices;
  return (
    <div role="note" className="notice">
      <p className="strong">{text.heading}</p>
      <ul>
        {notices.map((notice, index) => {
          const facet = notice.reason === 'invalid' && isFacet(notice.param) ? notice.param : null;
          const nearest = facet ? nearestValue(catalogue, facet, notice.value) : null;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a notice has no identity but its place, and may repeat (foo=1&foo=1).
            <li key={index}>
              {text.item(shorten(notice.param), shorten(notice.value), text.reasons[notice.reason])}
              {facet && nearest && (
                <>
                  {' '}
                  {text.didYouMean.before}
                  <Link href={locale.path(listingHref(toggleValue(filters, facet, nearest)))}>
                    {facetValueName(locale, catalogue, facet, nearest)}
                  </Link>
                  {text.didYouMean.after}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
