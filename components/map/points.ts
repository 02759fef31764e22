import type { PlaceEntry } from '@/lib/catalogue';
import { PlaceTree } from '@/lib/enrich/place-tree';
import { frameFor, type LonLat, type MapFrame } from './projection';

/** viewBox units; the SVG scales to its container. */
const WIDTH = 800;
const PADDING = 32;

/** The frame the places are drawn in, the same for the outlines and the points; null with none. */
export function mapFrame(places: readonly MapPlace[]): MapFrame | null {
  const extent = mapExtent(places);
  return extent.length === 0 ? null : frameFor(extent, WIDTH, PADDING);
}

/** A place as the overview gives it: where it is, what contains it, how many items it has. */
export type MapPlace = Pick<
  PlaceEntry,
  'slug' | 'names' | 'kind' | 'parent' | 'lat' | 'lon' | 'itemCount'
>;

interface MapPoint extends LonLat {
  slug: string;
  place: MapPlace;
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
  const tree = new PlaceTree(places);
  const cities = places.filter((place) => place.kind === 'city' && place.itemCount > 0);
  const holdingCity = new Set(cities.flatMap((city) => tree.ancestors(city.slug)));
  return places
    .filter((place) => place.itemCount > 0 && located(place))
    .filter(
      (place) => place.kind === 'city' || (place.kind === 'region' && !holdingCity.has(place.slug)),
    )
    .map((place) => ({
      slug: place.slug,
      place,
      kind: place.kind === 'city' ? 'city' : 'region',
      count: place.itemCount,
      lon: place.lon as number,
      lat: place.lat as number,
    }));
}

/** Every located place with items, countries included: the extent the map is cropped to. */
function mapExtent(places: readonly MapPlace[]): LonLat[] {
  return places
    .filter((place) => place.itemCount > 0)
    .flatMap((place) => (located(place) ? [{ lon: place.lon, lat: place.lat }] : []));
}
