import { categoryValue } from '@/lib/parser/sections';
import type { SectionKey } from '@/lib/parser/types';
import { factsOf } from './facts';
import { abbreviatedPlaces, namedMentions, PLACE_TREE, placeOf } from './gazetteer';
import { type Reading, roleOf, strongestRole } from './roles';
import { fold } from './text';
import type { CategoryHeading, EnrichInput, ItemLink, ItemPlace, PlaceReason } from './types';
import { yearsIn } from './years';

/**
 * The places an item's own title gives: those it names (in title order), those an abbreviation
 * in it stands for, and those a standing fact its wording invokes implies — each place once,
 * under its strongest reason, in the part its readings say it plays.
 */
export function titlePlaces(
  { section, title }: EnrichInput,
  years: readonly number[],
): ItemPlace[] {
  return textPlaces(section, title, years);
}

/**
 * The places a category's heading states, read by the rules a title is read by, as the items
 * under it take them: by `heading`, with the category as the reference (中方在天津峰会上提出的
 * 倡议 gives Tianjin, where the initiatives were put forward, and China, which put them forward).
 */
export function headingPlaces({ section, ordinal, heading }: CategoryHeading): ItemPlace[] {
  if (heading === null) return [];
  const ref = categoryValue(section, ordinal);
  return textPlaces(section, heading, yearsIn(heading)).map((one) => ({
    ...one,
    via: 'heading',
    ref,
  }));
}

function textPlaces(section: SectionKey, text: string, years: readonly number[]): ItemPlace[] {
  const named = namedMentions(text);
  const cities = named.map(({ slug }) => slug).filter((slug) => placeOf(slug)?.kind === 'city');
  const folded = fold(text);
  const read = (slug: string, ref: string | null, reading: Omit<Reading, 'text'>) =>
    place(slug, reading.via, ref, roleOf(section, { ...reading, text }));
  return tie([
    ...named.map(({ slug, start, end }) =>
      read(slug, null, { via: 'named', start, end, fact: null }),
    ),
    ...abbreviatedPlaces(section, text).map(({ place: slug, word, start }) =>
      read(slug, word, { via: 'abbreviation', start, end: start + word.length, fact: null }),
    ),
    ...factsOf(text, years, cities).map((fact) => {
      const words = fact.wording.map(fold).find((wording) => folded.includes(wording)) ?? '';
      const start = folded.indexOf(words);
      return read(fact.place, fact.id, {
        via: 'fact',
        start,
        end: start + words.length,
        fact: fact.id,
      });
    }),
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
  sectionOf: (index: number) => SectionKey,
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
      const role = roleOf(sectionOf(item), {
        text: '',
        via: 'linked',
        start: 0,
        end: 0,
        fact: null,
      });
      for (const city of cityNamedIn(other))
        linked[item]?.push(place(city.slug, 'linked', keyOf(other), role));
    }
  }
  return linked;
}

/**
 * The places given, each once (see `tie`), then every place containing one of them (as `parent`,
 * in the part the place it contains plays), each once.
 */
export function withParents(places: readonly ItemPlace[]): ItemPlace[] {
  const own = tie(places);
  const tied = new Set(own.map(({ slug }) => slug));
  const parents = own.flatMap(({ slug, role }) =>
    PLACE_TREE.ancestors(slug)
      .filter((up) => !tied.has(up))
      .map((up) => place(up, 'parent', null, role)),
  );
  return [...own, ...tie(parents)];
}

function place(
  slug: string,
  via: PlaceReason,
  ref: string | null,
  role: ItemPlace['role'],
): ItemPlace {
  return { slug, via, ref, role };
}

/**
 * One tie per place: its first entry (callers list reasons strongest first), in the part that
 * says most among all its readings (a title's 中国— and the heading's 中方: China acts).
 */
function tie(places: readonly ItemPlace[]): ItemPlace[] {
  const bySlug = new Map<string, ItemPlace>();
  for (const one of places) {
    const first = bySlug.get(one.slug);
    if (first === undefined) bySlug.set(one.slug, one);
    else
      bySlug.set(one.slug, { ...first, role: strongestRole([first.role, one.role]) ?? first.role });
  }
  return [...bySlug.values()];
}
