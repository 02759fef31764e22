import Link from 'next/link';
import type { ItemRef, OutcomeDetail } from '@/lib/catalogue';
import { itemLabel, summaryLine, titleOf } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/paths';

/** The items before and after this one in the list's own order. */
export function SequenceNav({
  locale,
  previous,
  next,
}: { locale: Locale } & Pick<OutcomeDetail, 'previous' | 'next'>) {
  const text = locale.messages.outcome;
  if (!previous && !next) return null;
  return (
    <nav aria-label={text.sequence} className="sequence">
      {previous && <Neighbour locale={locale} rel="prev" label={text.previous} item={previous} />}
      {next && <Neighbour locale={locale} rel="next" label={text.next} item={next} />}
    </nav>
  );
}

function Neighbour({
  locale,
  rel,
  label,
  item,
}: {
  locale: Locale;
  rel: 'prev' | 'next';
  label: string;
  item: ItemRef;
}) {
  return (
    <Link
      href={locale.path(outcomePath(item.section, item.number))}
      rel={rel}
      className={`neighbour ${rel}`}
    >
      <span className="muted small">{summaryLine([label, itemLabel(locale, item)])}</span>
      <span className="neighbour-title">{titleOf(locale, item).text}</span>
    </Link>
  );
}
