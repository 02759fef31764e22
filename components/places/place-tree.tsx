import Link from 'next/link';
import { messages } from '@/lib/messages';
import { placePath } from '@/lib/routes';

interface TreePlace {
  slug: string;
  zh: string;
  parent: string | null;
  count: number;
}

/**
 * Places grouped under the country (then region) containing them, each a link with its item
 * count. The input's order is kept within each level, so the gazetteer's order shows.
 */
export function PlaceTree({ places, label }: { places: TreePlace[]; label: string }) {
  const slugs = new Set(places.map((place) => place.slug));
  const childrenOf = new Map<string | null, TreePlace[]>();
  for (const place of places) {
    const parent = place.parent !== null && slugs.has(place.parent) ? place.parent : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), place]);
  }
  return (
    <ul aria-label={label} className="gap-x-8 sm:columns-2 lg:columns-3">
      {(childrenOf.get(null) ?? []).map((country) => (
        <li key={country.slug} className="mb-3 break-inside-avoid">
          <PlaceLink place={country} strong />
          <Branch parent={country.slug} childrenOf={childrenOf} />
        </li>
      ))}
    </ul>
  );
}

function Branch({
  parent,
  childrenOf,
}: {
  parent: string;
  childrenOf: Map<string | null, TreePlace[]>;
}) {
  const children = childrenOf.get(parent) ?? [];
  if (children.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 border-line border-l pl-3">
      {children.map((child) => (
        <li key={child.slug}>
          <PlaceLink place={child} />
          <Branch parent={child.slug} childrenOf={childrenOf} />
        </li>
      ))}
    </ul>
  );
}

function PlaceLink({ place, strong = false }: { place: TreePlace; strong?: boolean }) {
  return (
    <Link href={placePath(place.slug)} className={strong ? 'font-semibold' : undefined}>
      {place.zh}
      <span className="ml-1 text-muted text-sm tabular-nums">
        {messages.numbering.count(place.count)}
      </span>
    </Link>
  );
}
