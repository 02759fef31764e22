const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十 百 千 count within a group of four places; 万 and 亿 close a group. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Every character a numeral may be written with, ASCII digits and the decimal point aside. */
export const NUMERAL_CHARACTERS = `${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(LARGE_UNITS).join('')}`;

const LEADING_DIGITS = /^\d+(?:\.\d+)?/;

/**
 * The value of a numeral as written in Chinese text, exactly: 二十一 → 21, 千万 → 10 000 000,
 * 20亿 → 2 000 000 000, 1万 → 10 000, 1.5万 → 15 000. ASCII digits may lead and multipliers
 * follow them. Null for anything that is not one well-formed numeral: 十十, 一二, 万万, 亿 alone.
 */
export function chineseNumber(text: string): number | null {
  const lead = LEADING_DIGITS.exec(text)?.[0] ?? '';
  let pending: number | null = lead === '' ? null : Number(lead);
  let total = 0;
  let group = 0;
  let groupMultiplied = 0;
  let lastSmall = Number.POSITIVE_INFINITY;
  let tenThousandUsed = false;
  let sawAnything = lead !== '';
  for (const character of text.slice(lead.length)) {
    sawAnything = true;
    const digit = DIGITS[character];
    const small = SMALL_UNITS[character];
    const large = LARGE_UNITS[character];
    if (digit !== undefined) {
      if (digit === 0) {
        if (pending !== null) return null;
        continue;
      }
      if (pending !== null) return null;
      pending = digit;
    } else if (small !== undefined) {
      if (small >= lastSmall) return null;
      group += (pending ?? 1) * small;
      lastSmall = small;
      pending = null;
    } else if (large !== undefined) {
      const value = group + (pending ?? 0);
      // 一万亿: 亿 may multiply a group already closed by 万.
      if (value === 0 && (large === 1e4 || groupMultiplied === 0)) return null;
      if (large === 1e4) {
        if (tenThousandUsed) return null;
        groupMultiplied += value * large;
        tenThousandUsed = true;
      } else {
        total = (total + groupMultiplied + value) * large;
        groupMultiplied = 0;
        tenThousandUsed = false;
      }
      group = 0;
      pending = null;
      lastSmall = Number.POSITIVE_INFINITY;
    } else return null;
  }
  if (!sawAnything) return null;
  const value = total + groupMultiplied + group + (pending ?? 0);
  // 1.5万 is computed in binary floating point; the written value is a whole number of units.
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-6 ? whole : value;
}

/** 一 → 1 … 十 → 10 … 二十三 → 23: the ordinals of headings, which never exceed 99. */
export function chineseOrdinal(text: string): number | null {
  if (/[^一二三四五六七八九十]/.test(text)) return null;
  const value = chineseNumber(text);
  return value !== null && value < 100 ? value : null;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Full-width digits (１２３) are a typesetting variant of ASCII digits, not different text. */
export function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
