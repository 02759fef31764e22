import Link from 'next/link';
import { type PlaceDetail, valueHref } from '@/lib/catalogue';
import { nameBeside, officialNames } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale';
import { placePath } from '@/lib/paths';

/**
 * The place's name (and beside it in another language), kind, where it sits, and the ways to its lists: the
 * items tied to it in any role, and those that took place there.
 */
export function PlaceSummary({ locale, detail }: { locale: Locale; detail: PlaceDetail }) {
  const { place, parent, children } = detail;
  const { messages } = locale;
  const text = messages.places;
  // The page heads with the official name; lists and the title use the short one.
  const official = officialNames(place);
  const other = nameBeside(locale, official);
  return (
    <header className="stack">
      <div>
        <p className="muted small">{text.kinds[place.kind] ?? place.kind}</p>
        <h1 className="page-title">
          {locale.name(official)}
          {other && (
            <>
              {' '}
              <span lang={other.lang} className="muted aside">
                {other.text}
              </span>
            </>
          )}
        </h1>
      </div>
      <dl className="facts">
        {parent && (
          <div>
            <dt>{text.parent}</dt>
            <dd>
              <Link href={locale.path(placePath(parent.slug))}>{locale.name(parent)}</Link>
            </dd>
          </div>
        )}
        {children.length > 0 && (
          <div>
            <dt>{text.children}</dt>
            <dd>
              <ul className="inline-list">
                {children.map((child) => (
                  <li key={child.slug}>
                    <Link href={locale.path(placePath(child.slug))}>{locale.name(child)}</Link>{' '}
                    <span className="muted small">{messages.numbering.count(child.itemCount)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {place.aliases.length > 0 && (
          <div>
            <dt>{text.aliases}</dt>
            <dd lang={DEFAULT_LOCALE.lang}>{place.aliases.join(messages.locale.listSeparator)}</dd>
          </div>
        )}
      </dl>
      <p className="muted small">{messages.inferred.places}</p>
      {place.itemCount > 0 && (
        <p>
          <Link href={locale.path(valueHref('place', place.slug))} prefetch={false}>
            {text.filtered(place.itemCount)}
          </Link>
        </p>
      )}
      {place.itemCount > 0 && (
        <p>
          {detail.venues > 0 ? (
            <Link href={locale.path(valueHref('venue', place.slug))} prefetch={false}>
              {text.venues(detail.venues)}
            </Link>
          ) : (
            text.noVenues
          )}
        </p>
      )}
    </header>
  );
}
