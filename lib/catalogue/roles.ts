import { PLACE_ROLES, type PlaceRole } from '@/lib/enrich/types';
import { type CatalogueItem, type PlaceEntry, tiedPlaces } from './model';

/**
 * The places an item is tied to itself, grouped by the part they play, in PLACE_ROLES's order
 * (actor, venue, party, subject); roles no place plays are left out. What the item page says in
 * a line each: "By China", "Held in Qingdao", "Parties: Shenyang, Bukhara".
 */
export function placesByRole(
  item: Pick<CatalogueItem, 'places'>,
): Array<{ role: PlaceRole; places: PlaceEntry[] }> {
  const tied = tiedPlaces(item);
  return PLACE_ROLES.flatMap((role) => {
    const places = tied.filter((tag) => tag.role === role).map((tag) => tag.place);
    return places.length === 0 ? [] : [{ role, places }];
  });
}

/**
 * Where an item took place or was put forward: each place tied as its venue and every place
 * containing one, even one the item is tied to in another part (documents 70 is adopted in
 * Qingdao, so in China, though China is also one of its parties). What "took place in" counts.
 */
export function venuesOf(item: Pick<CatalogueItem, 'places'>): string[] {
  const bySlug = new Map(item.places.map((tag) => [tag.place.slug, tag.place]));
  const venues = new Set<string>();
  for (const tag of item.places) {
    if (tag.role !== 'venue') continue;
    for (let place = bySlug.get(tag.place.slug); place; place = bySlug.get(place.parent ?? ''))
      venues.add(place.slug);
  }
  return [...venues];
}
