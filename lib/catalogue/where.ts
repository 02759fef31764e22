import 'server-only';
import type { Prisma } from '@/lib/db/generated/sqlite/client';
import { searchTermsOf } from '@/lib/search/text';
import type { FacetKey, Filters } from './filters';

type ItemWhere = Prisma.ItemWhereInput;

/**
 * The WHERE of a listing, built once from Filters as one condition per facet plus the text
 * condition. Rows and total use all of them; each facet's counts use all but its own, so a
 * reader sees how many items each other value would give (values OR within a facet).
 */
export interface ListingWhere {
  /** Every condition: rows, total and export. Undefined when there are none. */
  all: ItemWhere | undefined;
  /** Every condition except the named facet's. Undefined when there are none. */
  without(facet: FacetKey): ItemWhere | undefined;
}

export function listingWhere(filters: Filters): ListingWhere {
  const byFacet: Partial<Record<FacetKey, ItemWhere>> = facetConditions(filters);
  const text = searchTermsOf(filters.q).map(
    (term): ItemWhere => ({ searchText: { contains: term } }),
  );
  // No conditions means no WHERE at all, rather than an empty AND: counts over the join
  // tables then need no join with Item, which at 100 000 items is most of their cost.
  const combine = (except?: FacetKey): ItemWhere | undefined => {
    const conditions = [
      ...Object.entries(byFacet)
        .filter(([facet]) => facet !== except)
        .map(([, condition]) => condition),
      ...text,
    ];
    return conditions.length > 0 ? { AND: conditions } : undefined;
  };
  return { all: combine(), without: combine };
}

function facetConditions(filters: Filters): Partial<Record<FacetKey, ItemWhere>> {
  const conditions: Partial<Record<FacetKey, ItemWhere>> = {};
  if (filters.section.length > 0) conditions.section = { sectionKey: { in: filters.section } };
  if (filters.category.length > 0) {
    conditions.category = {
      OR: filters.category.map((value) => {
        const [sectionKey, ordinal] = value.split('.');
        return { sectionKey, categoryOrdinal: Number(ordinal) };
      }),
    };
  }
  // Places are stored with every containing place (see lib/db/load.ts), so a region's
  // filter finds its cities' items without walking the tree here.
  if (filters.place.length > 0) {
    conditions.place = { places: { some: { placeSlug: { in: filters.place } } } };
  }
  if (filters.type.length > 0) conditions.type = { typeKey: { in: filters.type } };
  if (filters.topic.length > 0) {
    conditions.topic = { topics: { some: { topicKey: { in: filters.topic } } } };
  }
  if (filters.year.length > 0)
    conditions.year = { years: { some: { year: { in: filters.year } } } };
  return conditions;
}
