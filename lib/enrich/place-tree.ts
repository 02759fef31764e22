/** What the tree needs of a place: its slug, and the slug of the place it lies in. */
export interface TreePlace {
  slug: string;
  parent: string | null;
}

/**
 * The places as a tree (macro-region → country → region → city), asked rather than walked:
 * enrichment adds an item's containing places from it, the place pages list children from it,
 * the map and the place reasons ask what lies inside what. A place whose parent is not among
 * the places given sits at the top, so a tree of a subset (places with items) keeps its shape.
 */
export class PlaceTree<P extends TreePlace = TreePlace> {
  private readonly bySlug: ReadonlyMap<string, P>;
  private readonly childrenOf = new Map<string | null, P[]>();

  /** `places` in the order children are listed in (the gazetteer's). */
  constructor(places: readonly P[]) {
    this.bySlug = new Map(places.map((place) => [place.slug, place]));
    for (const place of places) {
      const parent = place.parent !== null && this.bySlug.has(place.parent) ? place.parent : null;
      const siblings = this.childrenOf.get(parent);
      if (siblings) siblings.push(place);
      else this.childrenOf.set(parent, [place]);
    }
  }

  /** The places directly inside `slug`, or the top of the tree for null. */
  children(slug: string | null): readonly P[] {
    return this.childrenOf.get(slug) ?? [];
  }

  /** The place `slug` lies directly in; null at the top or for a place the tree lacks. */
  parentOf(slug: string): P | null {
    const parent = this.bySlug.get(slug)?.parent;
    return parent == null ? null : (this.bySlug.get(parent) ?? null);
  }

  /** Parent first, then its parent, up to the top of the tree. */
  ancestors(slug: string): string[] {
    const chain: string[] = [];
    for (let up = this.parentOf(slug); up; up = this.parentOf(up.slug)) chain.push(up.slug);
    return chain;
  }

  /** Whether `slug` lies inside `within` (at any depth; a place is not inside itself). */
  isInside(slug: string, within: string): boolean {
    return this.ancestors(slug).includes(within);
  }
}
