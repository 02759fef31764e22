import { pinyin } from 'pinyin-pro';

/**
 * The title's toneless pinyin, one entry per UTF-16 unit: a Chinese character's syllable (read
 * in context, so 银行 is yin hang), any other unit itself. Aligned with the title, so a match on
 * syllables maps back to the characters it covers, for highlighting.
 */
export function pinyinOf(title: string): string[] {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'spaced', v: true });
  if (syllables.length === title.length) return syllables;
  // Characters outside the BMP come back as one entry for two units: read unit by unit instead.
  return title.split('').map((unit) => pinyin(unit, { toneType: 'none', v: true }) || unit);
}
