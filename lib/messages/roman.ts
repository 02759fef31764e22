const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/**
 * 1 → I, 4 → IV, 12 → XII: how English and Russian number the parts the list prints as 一、二、三.
 * Shared by the messages files of the languages that write them so.
 */
export function romanNumeral(value: number): string {
  let rest = Math.floor(value);
  let out = '';
  for (const [size, numeral] of ROMAN) {
    while (rest >= size) {
      out += numeral;
      rest -= size;
    }
  }
  return out;
}
