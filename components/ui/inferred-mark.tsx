import type { Locale } from '@/lib/i18n/locale';

/**
 * Marks what the catalogue inferred rather than read in the source. The dashed outline keeps
 * it distinct from plain text without relying on colour. `note`, where given, says what was
 * inferred, behind a disclosure: a tooltip cannot be read by touch, and the reasons are what a
 * reader most needs to trust the figures. A list row gives no note: its page says once, in a
 * legend, what the mark means. With a note the mark is a block of flow content, so it stands
 * beside a heading or in a list item or term, not inside a paragraph.
 */
export function InferredMark({ locale, note }: { locale: Locale; note?: string }) {
  const mark = locale.messages.inferred.mark;
  if (note === undefined) return <span className="inferred">{mark}</span>;
  return (
    <details className="inferred-note">
      <summary className="inferred">{mark}</summary>
      <span className="inferred-text">{note}</span>
    </details>
  );
}
