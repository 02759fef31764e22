import type { PlaceEntry } from '@/lib/catalogue';
import { PlaceTree } from '@/lib/enrich/place-tree';
import { frameFor, type LonLat, type MapFrame } from './projection';

/** viewBox units; the SVG scales to its container. */
const WIDTH = 800;
const PADDING = 32;

/** The frame the places are drawn in, the same for the outlines and the points; null with none. */
export function mapFrame(places: readonly Extent[]): MapFrame | null {
  const extent = mapExtent(places);
  return extent.length === 0 ? null : frameFor(extent, WIDTH, PADDING);
}

/** What frames the map: where a place is, and whether any item is tied to it. */
type Extent = Pick<PlaceEntry, 'lat' | 'lon' | 'itemCount'>;

/**
 * A place as the overview gives it: where it is, what contains it, how many items it has, and
 * how many of those took place there.
 */
export type MapPlace = Pick<
  PlaceEntry,
  'slug' | 'names' | 'kind' | 'parent' | 'lat' | 'lon' | 'itemCount'
> & { venues: number };

interface MapPoint extends LonLat {
  slug: string;
  place: MapPlace;
  kind: 'city' | 'region';
  count: number;
  venues: number;
}

function located<T extends Extent>(place: T): place is T & { lat: number; lon: number } {
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
      venues: place.venues,
      lon: place.lon as number,
      lat: place.lat as number,
    }));
}

/** Every located place with items, countries included: the extent the map is cropped to. */
function mapExtent(places: readonly Extent[]): LonLat[] {
  return places
    .filter((place) => place.itemCount > 0)
    .flatMap((place) => (located(place) ? [{ lon: place.lon, lat: place.lat }] : []));
}
