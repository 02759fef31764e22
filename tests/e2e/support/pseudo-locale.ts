/**
 * Pseudo-localisation, after Windows' qps-ploc and Android's en-XA: English text with every Latin
 * letter swapped for an accented twin and each string bracketed, `Search` → `⟦Ŝéàŕćĥ⟧`. Still
 * readable, yet text that came through a language's messages is told at a glance from text that
 * did not (hard-coded English, a string taken from the wrong language), and a string cut short
 * or run into another shows in its brackets.
 *
 * Self-contained (no imports): tests/e2e/third-language.test.ts writes this module's text into
 * the pseudo-locale's messages file, so the app and the test apply the very same transform.
 */

const ACCENTED: Readonly<Record<string, string>> = {
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Đ',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Ƥ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
  a: 'à',
  b: 'ƀ',
  c: 'ç',
  d: 'đ',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** Addresses and paths in running text (`/source#L46`) are left as they are: they are not words. */
const ADDRESS = /(https?:\/\/\S+|\/[\w#./-]+)/;

/**
 * One string pseudo-localised. A string with no Latin letter (a separator, a number, Chinese)
 * has nothing to translate and stays as it is; whitespace at either end stays outside the
 * brackets, so strings that are joined still join the same way.
 */
export function pseudo(text: string): string {
  if (!/[A-Za-z]/.test(text)) return text;
  const [, before = '', body = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  const accented = body
    .split(ADDRESS)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (letter) => ACCENTED[letter] ?? letter),
    )
    .join('');
  return `${before}${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}${after}`;
}

/** Private-use characters that stand for an argument while a message's own words are changed. */
const SLOT = /\uE000(\d+)\uE001/g;

/**
 * A message function whose own words are pseudo-localised and whose arguments are not: what a
 * translator does with `{count} items`. Each non-empty string argument is passed as a slot,
 * the result transformed, and the arguments put back in their slots; numbers pass as they
 * are (the transform leaves digits alone), so plural choices work as in English.
 */
function pseudoFunction(message: (...args: never[]) => unknown) {
  return (...args: unknown[]) => {
    const values: string[] = [];
    const slot = (arg: unknown): unknown => {
      if (Array.isArray(arg)) return arg.map(slot);
      if (typeof arg !== 'string' || arg === '') return arg;
      values.push(arg);
      return `\uE000${values.length - 1}\uE001`;
    };
    const result = (message as (...args: unknown[]) => unknown)(...args.map(slot));
    if (typeof result !== 'string') return result;
    return pseudo(result).replace(SLOT, (_, index: string) => values[Number(index)] ?? '');
  };
}

/** A whole messages tree pseudo-localised: the same keys, every string and message function. */
export function pseudoLocalize<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  if (typeof value === 'function') return pseudoFunction(value as never) as T;
  if (Array.isArray(value)) return value.map((each) => pseudoLocalize(each)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, each]) => [key, pseudoLocalize(each)]),
    ) as T;
  }
  return value;
}
