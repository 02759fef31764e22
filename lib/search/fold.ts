// Only the traditional → simplified tables: the full build carries both directions and is many
// times larger (docs/PERFORMANCE.md, "Measured for a decision").
import * as OpenCC from 'opencc-js/t2cn';

let toSimplified: ((text: string) => string) | undefined;

/**
 * One UTF-16 unit in its search form: compatibility forms unified (Ｑ → q), lower case, ё as е
 * (Russian prints ё mostly as е, and readers type either).
 */
function foldUnit(unit: string): string {
  const normal = unit.normalize('NFKC').toLowerCase();
  const folded = normal.length === 1 ? normal : unit.toLowerCase();
  return folded === 'ё' ? 'е' : folded;
}

// Units foldUnit keeps as they are (ideographs, lower-case letters, digits, spaces), most of a
// title, are passed over: mapping every unit took most of the time a large catalogue's search
// documents took to build.
const MAY_CHANGE = /[^\u4e00-\u9fffa-z0-9 ]/g;

/**
 * Text in the form both sides of a search take — full-width letters and digits as ASCII, lower
 * case (Cyrillic too, ё as е), traditional characters as simplified (瀋陽 → 沈阳) — unit for unit: the result has the
 * same length, so a match's offsets are offsets in the original, for highlighting.
 */
export function foldText(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const units = text.replace(MAY_CHANGE, foldUnit);
  const simplified = toSimplified(units);
  if (simplified.length === units.length) return simplified;
  // A conversion that changed the length (rare phrase mappings): character by character.
  return units
    .split('')
    .map((unit) => {
      const one = toSimplified?.(unit) ?? unit;
      return one.length === 1 ? one : unit;
    })
    .join('');
}
