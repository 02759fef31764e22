import raw from '../../data/gazetteer.json' with { type: 'json' };
import { parseGazetteer } from './gazetteer-schema';
import { fold } from './text';
import type { ItemPlace, Place } from './types';

const gazetteer = parseGazetteer(raw);

export const PLACES: readonly Place[] = gazetteer.places;

const BY_SLUG: ReadonlyMap<string, Place> = new Map(PLACES.map((place) => [place.slug, place]));

/**
 * Longest first, so that a long name claims its span before a name it contains can:
 * 白俄罗斯 before 俄罗斯, 内蒙古 before 蒙古, 哈萨克斯坦共和国 before 哈萨克斯坦.
 * Equal lengths are ordered by text only to keep the result independent of file order.
 */
const ALIASES = PLACES.flatMap((place) =>
  place.aliases.map((alias) => ({ text: fold(alias), slug: place.slug })),
).sort((a, b) => b.text.length - a.text.length || compare(a.text, b.text));

const MASK_PHRASES = gazetteer.maskPhrases.map(fold);

/** No alias contains it, so a masked span can take part in no later match. */
const MASK = '\u0000';

/**
 * Places a title names, in title order, followed by the ancestors they imply.
 * A place both named and implied is reported once, as named.
 */
export function findPlaces(title: string): ItemPlace[] {
  let text = fold(title);
  for (const phrase of MASK_PHRASES) text = text.replaceAll(phrase, MASK.repeat(phrase.length));

  const hits: { start: number; slug: string }[] = [];
  for (const alias of ALIASES) {
    for (let at = text.indexOf(alias.text); at !== -1; at = text.indexOf(alias.text, at + 1)) {
      if (!standsAlone(text, at, alias.text.length)) continue;
      hits.push({ start: at, slug: alias.slug });
      text =
        text.slice(0, at) + MASK.repeat(alias.text.length) + text.slice(at + alias.text.length);
    }
  }
  hits.sort((a, b) => a.start - b.start);

  const named = [...new Set(hits.map((hit) => hit.slug))];
  const implied = named.flatMap(ancestorsOf).filter((slug) => !named.includes(slug));
  return [
    ...named.map((slug): ItemPlace => ({ slug, via: 'named' })),
    ...[...new Set(implied)].map((slug): ItemPlace => ({ slug, via: 'implied' })),
  ];
}

/** Parent first, then its parent, up to the country. */
function ancestorsOf(slug: string): string[] {
  const chain: string[] = [];
  for (let up = BY_SLUG.get(slug)?.parent; up; up = BY_SLUG.get(up)?.parent) chain.push(up);
  return chain;
}

const LATIN_WORD = /[a-z0-9]/;

/** Latin aliases must be whole words (Qingdao, not …qingdaoxxx); Chinese has no word breaks. */
function standsAlone(text: string, start: number, length: number): boolean {
  const first = text[start] ?? '';
  const last = text[start + length - 1] ?? '';
  const before = text[start - 1] ?? '';
  const after = text[start + length] ?? '';
  if (LATIN_WORD.test(first) && LATIN_WORD.test(before)) return false;
  if (LATIN_WORD.test(last) && LATIN_WORD.test(after)) return false;
  return true;
}

function compare(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
