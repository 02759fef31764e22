import { PLACE_ITEMS_MAX } from '@/lib/constants';
import { EMPTY_FILTERS, filterOf } from './address';
import type { Catalogue, CatalogueItem, PlaceEntry, PlaceTag } from './model';

export interface PlaceDetail {
  place: PlaceEntry;
  parent: PlaceEntry | null;
  children: PlaceEntry[];
  /** Items tagged with the place or one inside it, in list order, at most PLACE_ITEMS_MAX. */
  items: Array<{ item: CatalogueItem; tag: PlaceTag }>;
  /** All of them, beyond those listed: items tied to it in any role. */
  total: number;
  /** Of those, the items that took place or were put forward there (the `venue` filter's count). */
  venues: number;
}

/** Places any item is tagged with, in the gazetteer's order; places no item has are left out. */
export function listPlaces(catalogue: Catalogue): PlaceEntry[] {
  return catalogue.places.filter((place) => place.itemCount > 0);
}

export function getPlace(catalogue: Catalogue, slug: string): PlaceDetail | null {
  const place = catalogue.placeBySlug.get(slug);
  if (!place) return null;
  const found = catalogue.index.query(
    { ...EMPTY_FILTERS, place: [slug] },
    { sort: 'section', limit: PLACE_ITEMS_MAX, offset: 0, facets: false },
  );
  return {
    place,
    parent: catalogue.placeTree.parentOf(slug),
    children: catalogue.placeTree.children(slug).filter((child) => child.itemCount > 0),
    items: found.rows.flatMap((row) => {
      const item = catalogue.items[row];
      const tag = item?.places.find((candidate) => candidate.place.slug === slug);
      return item && tag ? [{ item, tag }] : [];
    }),
    total: found.total,
    venues: catalogue.index.query(filterOf('venue', slug), {
      sort: 'section',
      limit: 0,
      offset: 0,
      facets: false,
    }).total,
  };
}
