const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value as XML: the five predefined entities, and no control characters. */
export function escapeXml(text: string): string {
  return (
    text
      // XML 1.0 has no place for C0 controls but tab, line feed and carriage return.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/[&<>"']/g, (unit) => XML_ESCAPES[unit] as string)
  );
}
