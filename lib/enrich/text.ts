/**
 * Folds the variants a title may use for the same character so that data written with one
 * spelling matches titles printed with another: any dash becomes —, ASCII letters lower case,
 * full-width digits ASCII. Each UTF-16 unit maps to exactly one unit, so offsets found in the
 * folded text are offsets in the original.
 */
export function fold(text: string): string {
  // Called on every title by every reading (places, types, topics, numbers, roles): a regular
  // expression finds the few units that change, where mapping every unit took most of ingest's
  // enrichment time.
  return text.replace(FOLDED, foldUnit);
}

const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\uFF0D']);
/** Every unit foldUnit changes (and the em dash, which it keeps): dashes, A–Z, ０–９. */
const FOLDED = /[-\u2010-\u2015\uFF0DA-Z\uFF10-\uFF19]/g;

function foldUnit(unit: string): string {
  if (DASHES.has(unit)) return '\u2014';
  const code = unit.charCodeAt(0);
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
  return unit;
}

/** Quoted names: “…”, ‘…’, "…", 《…》, 「…」, 『…』. */
const QUOTED = /“[^”]*”|‘[^’]*’|"[^"]*"|《[^》]*》|「[^」]*」|『[^』]*』/g;
const MASK = '\u0000';

/** Where quoted names stand in a text, their marks included. */
export function quotedSpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(QUOTED)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The text with every quoted name, marks included, blanked out unit for unit (offsets kept). */
export function maskQuoted(text: string): string {
  return text.replace(QUOTED, (quoted) => MASK.repeat(quoted.length));
}
