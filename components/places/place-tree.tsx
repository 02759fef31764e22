import Link from 'next/link';
import type { PlaceEntry } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import { placePath } from '@/lib/routes';

/**
 * Places grouped under what contains them (region → country → macro-region), each a link with
 * its item count. The input's order is kept within each level, so the gazetteer's order shows.
 */
export function PlaceTree({
  locale,
  places,
  label,
}: {
  locale: Locale;
  places: readonly PlaceEntry[];
  label: string;
}) {
  const slugs = new Set(places.map((place) => place.slug));
  const childrenOf = new Map<string | null, PlaceEntry[]>();
  for (const place of places) {
    const parent = place.parent !== null && slugs.has(place.parent) ? place.parent : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), place]);
  }
  const branch = (parent: string | null) => {
    const children = childrenOf.get(parent) ?? [];
    if (children.length === 0) return null;
    return (
      <ul>
        {children.map((child) => (
          <li key={child.slug}>
            <Link href={locale.path(placePath(child.slug))}>
              {locale.name(child)}
              <span className="count">{locale.messages.numbering.count(child.itemCount)}</span>
            </Link>
            {branch(child.slug)}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <ul aria-label={label} className="place-tree">
      {(childrenOf.get(null) ?? []).map((root) => (
        <li key={root.slug}>
          <Link href={locale.path(placePath(root.slug))} className="strong">
            {locale.name(root)}
            <span className="count">{locale.messages.numbering.count(root.itemCount)}</span>
          </Link>
          {branch(root.slug)}
        </li>
      ))}
    </ul>
  );
}
