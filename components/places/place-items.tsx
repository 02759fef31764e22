import type { ReactNode } from 'react';
import { OutcomeRefList } from '@/components/outcome/outcome-ref-list';
import type { OutcomeSummary, PlaceDetail } from '@/lib/catalogue';
import { PLACES } from '@/lib/enrich';
import { messages } from '@/lib/messages';

const text = messages.places;
const PARENT = new Map(PLACES.map((place) => [place.slug, place.parent]));

function lies(slug: string, within: string): boolean {
  for (let up = PARENT.get(slug); up; up = PARENT.get(up)) if (up === within) return true;
  return false;
}

/**
 * The place's items in two groups: titles naming it, and titles naming only a place inside it
 * (a city of this region), each of those with the inside place that brought it here.
 */
export function PlaceItems({ detail }: { detail: PlaceDetail }) {
  const { place, items } = detail;
  if (items.length === 0) return <p className="text-muted">{text.none}</p>;
  const names = (item: OutcomeSummary) => item.places.some((named) => named.slug === place.slug);
  const named = items.filter(names);
  const implied = items.filter((item) => !names(item));
  return (
    <div className="space-y-6">
      {named.length > 0 && (
        <Group id="place-named" heading={text.named(place.zh)} count={named.length}>
          <OutcomeRefList items={named} />
        </Group>
      )}
      {implied.length > 0 && (
        <Group id="place-implied" heading={text.implied} count={implied.length}>
          <OutcomeRefList
            items={implied}
            note={(ref) => {
              const item = implied.find((one) => one.key === ref.key);
              const inside = item?.places.filter((named) => lies(named.slug, place.slug)) ?? [];
              return (
                <span className="ml-1 text-muted text-sm">
                  {text.via(inside.map((named) => named.zh).join(messages.outcomes.listSeparator))}
                </span>
              );
            }}
          />
        </Group>
      )}
    </div>
  );
}

function Group({
  id,
  heading,
  count,
  children,
}: {
  id: string;
  heading: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 font-bold text-xl">
        {heading}
        <span className="ml-2 font-normal text-base text-muted">
          {messages.numbering.count(count)}
        </span>
      </h2>
      {children}
    </section>
  );
}
