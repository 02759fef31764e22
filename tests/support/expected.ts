import { readFileSync } from 'node:fs';
import { enrichItem, PLACES } from '@/lib/enrich';
import type { Enrichment } from '@/lib/enrich/types';
import { parseSource } from '@/lib/parser';
import type { ParsedItem } from '@/lib/parser/types';
import { SOURCE_PATH } from './catalogue-db';

export interface ExpectedItem extends ParsedItem {
  key: string;
  enrichment: Enrichment;
}

/**
 * Expectations computed straight from the parser and enrichment, without the database, so the
 * tests compare two independent routes to the same answer.
 */
export function expectedCatalogue() {
  const list = parseSource(readFileSync(SOURCE_PATH));
  const items: ExpectedItem[] = list.items.map((item) => ({
    ...item,
    key: `${item.section}-${item.number}`,
    enrichment: enrichItem({ section: item.section, title: item.title }),
  }));
  return { list, items };
}

export function keysOf(items: ReadonlyArray<{ key: string }>): string[] {
  return items.map((item) => item.key).sort();
}

const PARENT = new Map(PLACES.map((place) => [place.slug, place.parent]));

/** Every place an item belongs to: those its title names and everything containing them. */
export function placesWithAncestors(item: ExpectedItem): Set<string> {
  const all = new Set<string>();
  for (const { slug } of item.enrichment.places) {
    for (let at: string | null | undefined = slug; at; at = PARENT.get(at)) all.add(at);
  }
  return all;
}

export interface ReferenceFilters {
  section?: string[];
  category?: string[];
  place?: string[];
  type?: string[];
  topic?: string[];
  year?: number[];
}

type FacetName = keyof ReferenceFilters;

const valuesOf: Record<FacetName, (item: ExpectedItem) => Array<string | number>> = {
  section: (item) => [item.section],
  category: (item) => [`${item.section}.${item.category}`],
  place: (item) => [...placesWithAncestors(item)],
  type: (item) => [item.enrichment.type],
  topic: (item) => item.enrichment.topics,
  year: (item) => item.enrichment.years,
};

/** A plain in-memory filter over the parse: values OR within a facet, facets AND. */
export function referenceMatches(
  items: readonly ExpectedItem[],
  filters: ReferenceFilters,
  except?: FacetName,
): ExpectedItem[] {
  return items.filter((item) =>
    (Object.keys(valuesOf) as FacetName[]).every((facet) => {
      const wanted = filters[facet] as Array<string | number> | undefined;
      if (facet === except || !wanted || wanted.length === 0) return true;
      return valuesOf[facet](item).some((value) => wanted.includes(value));
    }),
  );
}

/** Per facet, value → count among the items matching every other facet. */
export function referenceFacets(
  items: readonly ExpectedItem[],
  filters: ReferenceFilters,
): Record<FacetName, Record<string, number>> {
  const facets = {} as Record<FacetName, Record<string, number>>;
  for (const facet of Object.keys(valuesOf) as FacetName[]) {
    const counts: Record<string, number> = {};
    for (const item of referenceMatches(items, filters, facet)) {
      for (const value of new Set(valuesOf[facet](item))) {
        counts[String(value)] = (counts[String(value)] ?? 0) + 1;
      }
    }
    facets[facet] = counts;
  }
  return facets;
}
