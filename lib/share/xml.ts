const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * What XML 1.0 has no place for (§2.2 Char): controls but tab, line feed and carriage return,
 * lone surrogates and U+FFFE/U+FFFF; with them what it discourages, C1 controls and the other
 * noncharacters. A parser refuses a document holding one of the first kind, so a query or
 * title carrying one would otherwise make the whole feed unreadable.
 */
const NOT_XML = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;

/** Text or an attribute value as XML: the five predefined entities, and no character XML refuses. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (unit) => XML_ESCAPES[unit] as string);
}
