import type { Overview } from '@/lib/catalogue';
import type { LonLat } from './projection';

/** A place as the overview gives it: where it is, what contains it, how many items name it. */
export type MapPlace = Overview['places'][number];

interface MapPoint extends LonLat {
  slug: string;
  zh: string;
  kind: 'city' | 'region';
  count: number;
}

function located(place: MapPlace): place is MapPlace & { lat: number; lon: number } {
  return place.lat !== null && place.lon !== null;
}

/**
 * Cities with items, and regions with items but no such city inside them: a region's ring
 * beside its own city's dot would say the same thing twice, a few pixels apart.
 */
export function mapPoints(places: readonly MapPlace[]): MapPoint[] {
  const parentOf = new Map(places.map((place) => [place.slug, place.parent]));
  const cities = places.filter((place) => place.kind === 'city' && place.count > 0);
  const holdingCity = new Set(
    cities.flatMap((city) => {
      const chain: string[] = [];
      for (let up = city.parent; up; up = parentOf.get(up) ?? null) chain.push(up);
      return chain;
    }),
  );
  return places
    .filter((place) => place.count > 0 && located(place))
    .filter(
      (place) => place.kind === 'city' || (place.kind === 'region' && !holdingCity.has(place.slug)),
    )
    .map((place) => ({
      slug: place.slug,
      zh: place.zh,
      kind: place.kind === 'city' ? 'city' : 'region',
      count: place.count,
      lon: place.lon as number,
      lat: place.lat as number,
    }));
}

/** Every located place with items, countries included: the extent the map is cropped to. */
export function mapExtent(places: readonly MapPlace[]): LonLat[] {
  return places
    .filter((place) => place.count > 0)
    .flatMap((place) => (located(place) ? [{ lon: place.lon, lat: place.lat }] : []));
}
