import { withoutNonText } from '@/lib/plain-text';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Text or an attribute value as XML: the five predefined entities, and no character XML
 * refuses, so a title or a query holding one cannot make the whole feed unreadable.
 */
export function escapeXml(text: string): string {
  return withoutNonText(text).replace(/[&<>"']/g, (unit) => XML_ESCAPES[unit] as string);
}
