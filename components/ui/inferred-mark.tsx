import type { Locale } from '@/lib/i18n/locale';

/**
 * Marks what the catalogue inferred rather than read in the source. The dashed outline keeps
 * it distinct from plain text without relying on colour; `note`, where given, says what was
 * inferred (a list row gives none: its page says once, in a legend, what the mark means).
 */
export function InferredMark({ locale, note }: { locale: Locale; note?: string }) {
  const mark = locale.messages.inferred.mark;
  if (note === undefined) return <span className="inferred">{mark}</span>;
  return (
    <span title={note} className="inferred">
      {mark}
      <span className="sr-only">{`: ${note}`}</span>
    </span>
  );
}
