import { describe, expect, it } from 'vitest';
import { PlaceTree } from '@/lib/enrich/place-tree';

/** A tree made by hand, in the gazetteer's shape: macro-region, country, region, city. */
const PLACES = [
  { slug: 'eurasia', parent: null },
  { slug: 'china', parent: 'eurasia' },
  { slug: 'liaoning', parent: 'china' },
  { slug: 'shenyang', parent: 'liaoning' },
  { slug: 'dalian', parent: 'liaoning' },
  { slug: 'shandong', parent: 'china' },
  { slug: 'russia', parent: 'eurasia' },
];

const tree = new PlaceTree(PLACES);

describe('PlaceTree', () => {
  it('lists a place’s children in the order given, and the top for null', () => {
    expect(tree.children('liaoning').map((place) => place.slug)).toEqual(['shenyang', 'dalian']);
    expect(tree.children('china').map((place) => place.slug)).toEqual(['liaoning', 'shandong']);
    expect(tree.children(null).map((place) => place.slug)).toEqual(['eurasia']);
    expect(tree.children('shenyang')).toEqual([]);
  });

  it('walks a place’s ancestors, parent first', () => {
    expect(tree.ancestors('shenyang')).toEqual(['liaoning', 'china', 'eurasia']);
    expect(tree.ancestors('eurasia')).toEqual([]);
    expect(tree.ancestors('atlantis')).toEqual([]);
    expect(tree.parentOf('dalian')?.slug).toBe('liaoning');
    expect(tree.parentOf('eurasia')).toBeNull();
  });

  it('says what lies inside what, at any depth, and nothing inside itself', () => {
    expect(tree.isInside('shenyang', 'eurasia')).toBe(true);
    expect(tree.isInside('shenyang', 'liaoning')).toBe(true);
    expect(tree.isInside('shenyang', 'shandong')).toBe(false);
    expect(tree.isInside('liaoning', 'shenyang')).toBe(false);
    expect(tree.isInside('china', 'china')).toBe(false);
  });

  it('puts a place whose parent is not given at the top, so a subset keeps its shape', () => {
    const subset = new PlaceTree(PLACES.filter((place) => place.slug !== 'china'));
    expect(subset.children(null).map((place) => place.slug)).toEqual([
      'eurasia',
      'liaoning',
      'shandong',
    ]);
    expect(subset.ancestors('shenyang')).toEqual(['liaoning']);
  });
});
