import raw from '../../data/gazetteer.json' with { type: 'json' };
import { type Abbreviation, parseGazetteer } from './gazetteer-schema';
import { PlaceTree } from './place-tree';
import { fold } from './text';
import type { Place } from './types';

const gazetteer = parseGazetteer(raw);

/** Every place, in the gazetteer's order (the order lists and the place tree show). */
export const PLACES: readonly Place[] = gazetteer.places;
/** Each abbreviation with its words folded as the text they are looked for in is. */
const ABBREVIATIONS = gazetteer.abbreviations.map((rule: Abbreviation) => ({
  ...rule,
  contexts: rule.contexts.map((word) => ({ word, folded: fold(word) })),
}));

const BY_SLUG: ReadonlyMap<string, Place> = new Map(PLACES.map((place) => [place.slug, place]));

export function placeOf(slug: string): Place | undefined {
  return BY_SLUG.get(slug);
}

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

/** Where a text names a place: the span of the name in it. */
export interface NamedMention {
  slug: string;
  start: number;
  end: number;
}

/** Every name of a place in a text, in text order, each span read once (longest name first). */
export function namedMentions(title: string): NamedMention[] {
  let text = fold(title);
  for (const phrase of MASK_PHRASES) text = text.replaceAll(phrase, MASK.repeat(phrase.length));

  const hits: NamedMention[] = [];
  for (const alias of ALIASES) {
    for (let at = text.indexOf(alias.text); at !== -1; at = text.indexOf(alias.text, at + 1)) {
      if (!standsAlone(text, at, alias.text.length)) continue;
      hits.push({ slug: alias.slug, start: at, end: at + alias.text.length });
      text =
        text.slice(0, at) + MASK.repeat(alias.text.length) + text.slice(at + alias.text.length);
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Places a title names, in title order, each once. */
export function namedPlaces(title: string): string[] {
  return [...new Set(namedMentions(title).map((hit) => hit.slug))];
}

/** The gazetteer's places as a tree: what an item's places lie inside. */
export const PLACE_TREE = new PlaceTree(PLACES);

/**
 * Places an abbreviation in the title stands for — only inside its listed words and sections —
 * each with the word it was read in (津彩) and where that word stands.
 */
export function abbreviatedPlaces(
  section: string,
  title: string,
): Array<{ place: string; word: string; start: number }> {
  const text = fold(title);
  return ABBREVIATIONS.flatMap((rule) => {
    if (rule.sections.length > 0 && !rule.sections.includes(section)) return [];
    for (const { word, folded } of rule.contexts) {
      const start = text.indexOf(folded);
      if (start !== -1) return [{ place: rule.place, word, start }];
    }
    return [];
  });
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
