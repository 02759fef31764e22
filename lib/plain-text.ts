/**
 * What no document should carry (XML 1.0 §2.2 and the HTML standard's character errors): controls
 * but tab, line feed and carriage return, lone surrogates, and noncharacters (U+FFFE, U+FFFF,
 * U+FDD0–FDEF and the last two of every plane). XML parsers refuse a document holding the
 * first kinds; HTML parsers report each as an error.
 */
const NOT_TEXT = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/** The text without the characters no document should carry; everything else as it was. */
export function withoutNonText(text: string): string {
  return text.replace(NOT_TEXT, '');
}
