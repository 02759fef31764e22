import { factsOf } from './facts';
import { abbreviatedPlaces, namedPlaces, PLACE_TREE, placeOf } from './gazetteer';
import type { EnrichInput, ItemLink, ItemPlace } from './types';

/**
 * The places an item's own title gives: those it names (in title order), those an abbreviation
 * in it stands for, and those a standing fact its wording invokes implies — each place once,
 * under its strongest reason.
 */
export function titlePlaces(
  { section, title }: EnrichInput,
  years: readonly number[],
): ItemPlace[] {
  const named = namedPlaces(title);
  const cities = named.filter((slug) => placeOf(slug)?.kind === 'city');
  return strongestFirst([
    ...named.map((slug) => place(slug, 'named')),
    ...abbreviatedPlaces(section, title).map(({ place: slug, word }) =>
      place(slug, 'abbreviation', word),
    ),
    ...factsOf(title, years, cities).map((fact) => place(fact.place, 'fact', fact.id)),
  ]);
}

/**
 * The venue a linked item reveals: a meeting and the document it adopted are one occasion, so a
 * city either title names (沈阳倡议 names the forum's city) is the other's city too — unless the
 * other names a city of its own. Only cities: a country in a memorandum is a partner, not a venue.
 */
export function linkedPlaces(
  own: ReadonlyArray<readonly ItemPlace[]>,
  links: readonly ItemLink[],
  keyOf: (index: number) => string,
): ItemPlace[][] {
  const cityNamedIn = (index: number) =>
    (own[index] ?? []).filter((p) => p.via === 'named' && placeOf(p.slug)?.kind === 'city');
  const linked = own.map((): ItemPlace[] => []);
  for (const { from, to } of links) {
    for (const [item, other] of [
      [from, to],
      [to, from],
    ] as const) {
      if (cityNamedIn(item).length > 0) continue;
      for (const city of cityNamedIn(other))
        linked[item]?.push(place(city.slug, 'linked', keyOf(other)));
    }
  }
  return linked;
}

/** The places given, then every place containing one of them (as `parent`), each once. */
export function withParents(places: readonly ItemPlace[]): ItemPlace[] {
  return strongestFirst([
    ...places,
    ...places.flatMap(({ slug }) => PLACE_TREE.ancestors(slug).map((up) => place(up, 'parent'))),
  ]);
}

function place(slug: string, via: ItemPlace['via'], ref: string | null = null): ItemPlace {
  return { slug, via, ref };
}

/** Keeps each place's first entry: callers list reasons strongest first. */
function strongestFirst(places: readonly ItemPlace[]): ItemPlace[] {
  const seen = new Set<string>();
  return places.filter(({ slug }) => !seen.has(slug) && seen.add(slug));
}
