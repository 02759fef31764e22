import { describe, expect, it } from 'vitest';
import { FACET_KEYS, facetOf } from '@/lib/catalogue';

/**
 * The list prints its parts, its categories and the years its titles state; every other value a
 * view can be narrowed by (places and their roles, types, topics, commitments and their units)
 * is the catalogue's reading, which a view's preview must mark as inferred.
 */
describe('facets read by rule', () => {
  it('are all but section, category and year', () => {
    const printed = FACET_KEYS.filter((facet) => !facetOf(facet).inferred);
    expect([...printed].sort()).toEqual(['category', 'section', 'year']);
    expect(FACET_KEYS.filter((facet) => facetOf(facet).inferred).sort()).toEqual(
      ['commitment', 'place', 'topic', 'type', 'unit', 'venue'].sort(),
    );
  });
});
