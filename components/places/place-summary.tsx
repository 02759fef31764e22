import Link from 'next/link';
import type { PlaceDetail } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { outcomesListPath, placePath } from '@/lib/routes';

const text = messages.places;

/** The place's name, kind, where it sits (parent, children) and the way to its full list. */
export function PlaceSummary({ detail }: { detail: PlaceDetail }) {
  const { place, parent, children } = detail;
  return (
    <header className="space-y-4">
      <div>
        <p className="text-muted text-sm">{text.kinds[place.kind] ?? place.kind}</p>
        <h1 className="font-bold text-2xl sm:text-3xl">
          {place.zh}
          <span lang="en" className="ml-3 font-normal text-base text-muted">
            {place.en}
          </span>
        </h1>
      </div>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[8rem_minmax(0,1fr)]">
        {parent && (
          <>
            <dt className="font-semibold text-muted">{text.parent}</dt>
            <dd>
              <Link href={placePath(parent.slug)}>{parent.zh}</Link>
            </dd>
          </>
        )}
        {children.length > 0 && (
          <>
            <dt className="font-semibold text-muted">{text.children}</dt>
            <dd>
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {children.map((child) => (
                  <li key={child.slug}>
                    <Link href={placePath(child.slug)}>{child.zh}</Link>
                    <span className="ml-1 text-muted text-sm">
                      {messages.numbering.count(child.itemCount)}
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt className="font-semibold text-muted">{text.aliases}</dt>
        <dd>{place.aliases.join(messages.outcomes.listSeparator)}</dd>
      </dl>
      <p className="text-muted text-sm">{messages.inferred.places}</p>
      {place.itemCount > 0 && (
        <p>
          <Link href={outcomesListPath({ place: place.slug })} prefetch={false}>
            {text.filtered(place.itemCount)}
          </Link>
        </p>
      )}
    </header>
  );
}
