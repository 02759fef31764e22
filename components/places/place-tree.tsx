import Link from 'next/link';
import type { ReactNode } from 'react';
import type { PlaceEntry } from '@/lib/catalogue';
import { PlaceTree as Tree } from '@/lib/enrich/place-tree';
import type { Locale } from '@/lib/i18n/locale';
import { placePath } from '@/lib/paths';

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
  const tree = new Tree(places);
  // Each level a list; the top level names the whole tree and shows its places in bold.
  const level = (parent: string | null): ReactNode => {
    const children = tree.children(parent);
    if (children.length === 0) return null;
    const top = parent === null;
    return (
      <ul {...(top ? { 'aria-label': label, className: 'place-tree' } : {})}>
        {children.map((child) => (
          <li key={child.slug}>
            <Link href={locale.path(placePath(child.slug))} className={top ? 'strong' : undefined}>
              {locale.name(child)}
              <span className="count">{locale.messages.numbering.count(child.itemCount)}</span>
            </Link>
            {level(child.slug)}
          </li>
        ))}
      </ul>
    );
  };
  return level(null);
}
