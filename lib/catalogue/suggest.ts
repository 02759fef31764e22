import { TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import type { Names } from '@/lib/i18n/names';
import { SECTION_KEYS } from '@/lib/parser/types';
import type { FacetKey } from './address';
import type { Catalogue } from './model';

/**
 * How far a mistyped value may be from a valid one and still be suggested: one edit in a short
 * word, one in three in a longer one. Further off, a suggestion is more likely wrong than help.
 */
function tolerance(length: number): number {
  return Math.max(1, Math.floor(length / 3));
}

/** Edits (insert, delete, replace, swap two neighbours) from `a` to `b`: optimal string alignment. */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => rows[i]?.[j] ?? Number.MAX_SAFE_INTEGER;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * A vocabulary entry's spellings: its key and its names in the languages titles are translated
 * into. Not its name in the list's language, where one character off is another name (天津,
 * 天水), so a near miss is no typing slip.
 */
function spellings(key: string, names: Names): string[] {
  return [key, ...TRANSLATED_LOCALES.map((locale) => names[locale].toLowerCase())];
}

/** A facet's valid values, each with the spellings a reader might have aimed at. */
function vocabulary(
  catalogue: Pick<Catalogue, 'places' | 'types' | 'topics'>,
  facet: FacetKey,
): Array<{ value: string; spellings: string[] }> {
  const terms = (list: ReadonlyArray<{ key: string; names: Names }>) =>
    list.map((term) => ({ value: term.key, spellings: spellings(term.key, term.names) }));
  switch (facet) {
    case 'section':
      return SECTION_KEYS.map((key) => ({ value: key, spellings: [key] }));
    case 'place':
      return catalogue.places.map((place) => ({
        value: place.slug,
        spellings: spellings(place.slug, place.names),
      }));
    case 'type':
      return terms(catalogue.types);
    case 'topic':
      return terms(catalogue.topics);
    default:
      // Categories and years are numbers: the nearest number is no better a guess than any.
      return [];
  }
}

/**
 * The valid value nearest to one the address gave for a facet (`healht` → `health`), or null
 * when none is near enough to suggest.
 */
export function nearestValue(
  catalogue: Pick<Catalogue, 'places' | 'types' | 'topics'>,
  facet: FacetKey,
  given: string,
): string | null {
  const typed = given.trim().toLowerCase();
  let best: { value: string; distance: number } | null = null;
  for (const { value, spellings } of vocabulary(catalogue, facet)) {
    for (const spelling of spellings) {
      const d = distance(typed, spelling);
      if (d <= tolerance(spelling.length) && (best === null || d < best.distance))
        best = { value, distance: d };
    }
  }
  return best?.value ?? null;
}
