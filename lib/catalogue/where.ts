import 'server-only';
import { Prisma } from '@/lib/db/generated/sqlite/client';
import { searchTermsOf } from '@/lib/search/text';
import type { FacetKey, Filters } from './filters';

/**
 * The WHERE of a listing, built once from Filters as one SQL condition per active facet plus
 * the text conditions, each over the item aliased `i`. lib/catalogue/listing-query.ts
 * evaluates every condition once per item and reuses the result for rows, total and every
 * facet's counts (each facet counted under all conditions but its own). The SQL is portable:
 * quoted identifiers as the migrations spell them, values only as bound parameters.
 */
export interface ListingWhere {
  /** One condition per active facet, in FACET_KEYS order; values of one facet OR. */
  facets: ReadonlyArray<readonly [FacetKey, Prisma.Sql]>;
  /** Conditions every listed or counted item meets: each search term is a substring. */
  text: readonly Prisma.Sql[];
}

export function listingWhere(filters: Filters): ListingWhere {
  // searchTermsOf folds LIKE's wildcards away (lib/search/text.ts), so `%term%` matches the
  // term literally, as Prisma's `contains` did.
  const text = searchTermsOf(filters.q).map(
    (term) => Prisma.sql`i."searchText" LIKE ${`%${term}%`}`,
  );
  return { facets: facetConditions(filters), text };
}

const anyOf = (values: readonly (string | number)[]) => Prisma.join(values);

function facetConditions(filters: Filters): Array<[FacetKey, Prisma.Sql]> {
  const conditions: Array<[FacetKey, Prisma.Sql]> = [];
  if (filters.section.length > 0) {
    conditions.push(['section', Prisma.sql`i."sectionKey" IN (${anyOf(filters.section)})`]);
  }
  if (filters.category.length > 0) {
    const pairs = filters.category.map((value) => {
      const [sectionKey, ordinal] = value.split('.');
      return Prisma.sql`(i."sectionKey" = ${sectionKey} AND i."categoryOrdinal" = ${Number(ordinal)})`;
    });
    conditions.push(['category', Prisma.sql`(${Prisma.join(pairs, ' OR ')})`]);
  }
  // Places are stored with every containing place (see lib/db/load.ts), so a region's
  // filter finds its cities' items without walking the tree here.
  if (filters.place.length > 0) {
    conditions.push([
      'place',
      Prisma.sql`EXISTS (SELECT 1 FROM "ItemPlace" x WHERE x."itemId" = i."id" AND x."placeSlug" IN (${anyOf(filters.place)}))`,
    ]);
  }
  if (filters.type.length > 0) {
    conditions.push(['type', Prisma.sql`i."typeKey" IN (${anyOf(filters.type)})`]);
  }
  if (filters.topic.length > 0) {
    conditions.push([
      'topic',
      Prisma.sql`EXISTS (SELECT 1 FROM "ItemTopic" x WHERE x."itemId" = i."id" AND x."topicKey" IN (${anyOf(filters.topic)}))`,
    ]);
  }
  if (filters.year.length > 0) {
    conditions.push([
      'year',
      Prisma.sql`EXISTS (SELECT 1 FROM "ItemYear" x WHERE x."itemId" = i."id" AND x."year" IN (${anyOf(filters.year)}))`,
    ]);
  }
  return conditions;
}
