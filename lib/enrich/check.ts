import type { Enrichment, Place, Term } from './types';

/**
 * What is wrong with a set of enrichments against the vocabularies they must use: unknown
 * places, types and topics, and places missing their parents. Empty when sound. Ingest refuses
 * to write a catalogue with any (lib/db/load.ts); the tests' expectations go through it too.
 */
export function enrichmentProblems(
  enrichments: readonly Enrichment[],
  vocabulary: { places: readonly Place[]; types: readonly Term[]; topics: readonly Term[] },
  where: (index: number) => string,
): string[] {
  const places = new Map(vocabulary.places.map((place) => [place.slug, place]));
  const types = new Set(vocabulary.types.map((term) => term.key));
  const topics = new Set(vocabulary.topics.map((term) => term.key));
  const problems: string[] = [];
  enrichments.forEach((enrichment, index) => {
    const at = where(index);
    for (const type of [enrichment.type, enrichment.secondaryType]) {
      if (type !== null && !types.has(type)) problems.push(`${at}: unknown outcome type "${type}"`);
    }
    for (const topic of enrichment.topics) {
      if (!topics.has(topic)) problems.push(`${at}: unknown topic "${topic}"`);
    }
    const tagged = new Set(enrichment.places.map((place) => place.slug));
    for (const { slug } of enrichment.places) {
      const place = places.get(slug);
      if (place === undefined) problems.push(`${at}: unknown place "${slug}"`);
      else if (place.parent !== null && !tagged.has(place.parent)) {
        problems.push(`${at}: ${slug} without its parent ${place.parent}`);
      }
    }
  });
  return problems;
}

/** Parents before children, so each row's parent exists when it is written; gazetteer order else. */
export function parentsFirst(places: readonly Place[]): Place[] {
  const depth = new Map<string, number>();
  const bySlug = new Map(places.map((place) => [place.slug, place]));
  const depthOf = (place: Place): number => {
    const known = depth.get(place.slug);
    if (known !== undefined) return known;
    const parent = place.parent === null ? undefined : bySlug.get(place.parent);
    // The gazetteer's schema has already refused cycles (a parent always ranks higher).
    const own = parent === undefined ? 0 : depthOf(parent) + 1;
    depth.set(place.slug, own);
    return own;
  };
  return places
    .map((place, index) => ({ place, index, depth: depthOf(place) }))
    .sort((a, b) => a.depth - b.depth || a.index - b.index)
    .map(({ place }) => place);
}
