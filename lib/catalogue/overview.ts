import { EMPTY_FILTERS } from './address';
import { type Facets, toFacets } from './facets';
import type { Catalogue, PlaceEntry, SectionEntry, SourceInfo, Term } from './model';
import { listPlaces } from './places';

export interface Overview {
  source: SourceInfo;
  /** Items this copy holds. */
  found: number;
  sections: readonly SectionEntry[];
  types: Array<Term & { count: number }>;
  topics: Array<Term & { count: number }>;
  /**
   * Places with at least one item, for the map and the list beside it, each with how many of
   * its items took place there (the `venue` facet's count).
   */
  places: Array<PlaceEntry & { venues: number }>;
}

/** The front page's numbers: the sections, and the whole catalogue's facet counts. */
export function getOverview(catalogue: Catalogue): Overview {
  const counts = catalogue.index.query(EMPTY_FILTERS, {
    sort: 'section',
    limit: 0,
    offset: 0,
    facets: true,
  });
  const facets: Facets = toFacets(catalogue, counts.facets, EMPTY_FILTERS);
  const countOf = (values: Facets[keyof Facets], key: string) =>
    values.find((value) => value.value === key)?.count ?? 0;
  return {
    source: catalogue.source,
    found: catalogue.items.length,
    sections: catalogue.sections,
    types: catalogue.types
      .map((type) => ({ ...type, count: countOf(facets.type, type.key) }))
      .filter((type) => type.count > 0),
    topics: catalogue.topics.map((topic) => ({
      ...topic,
      count: countOf(facets.topic, topic.key),
    })),
    places: listPlaces(catalogue).map((place) => ({
      ...place,
      venues: countOf(facets.venue, place.slug),
    })),
  };
}
