import { PlacesMap } from '@/components/map/places-map';
import { PlaceTree } from '@/components/places/place-tree';
import { InferredMark } from '@/components/ui/inferred-mark';
import type { Overview } from '@/lib/catalogue';
import { messages } from '@/lib/messages';

/** The map and, as its text alternative, the same places as a list grouped by country. */
export function PlacesSection({ places }: { places: Overview['places'] }) {
  const text = messages.overview.places;
  return (
    <section aria-labelledby="overview-places" className="space-y-4">
      <h2 id="overview-places" className="font-bold text-xl">
        {text.heading}
        <InferredMark note={messages.inferred.places} />
      </h2>
      <PlacesMap places={places} />
      <PlaceTree places={places} label={messages.map.list} />
    </section>
  );
}
