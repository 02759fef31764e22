import type { Commitment, Ordinal } from '@/lib/enrich/numbers/types';
import {
  commitmentValue,
  kindName,
  ordinalLabel,
  periodLabel,
  SUMMARY_SEPARATOR,
} from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale';

/** The words of the title a value was read from, in the title's language. */
export function ReadFrom({ locale, words }: { locale: Locale; words: string }) {
  return (
    <span className="muted small">
      {' '}
      {locale.messages.numbers.readFrom}
      <q lang={DEFAULT_LOCALE.lang}>{words}</q>
    </span>
  );
}

/**
 * An item's commitments, each as read — amount and unit (or relation), kind, period — with the
 * words of the title it was read from.
 */
export function CommitmentList({
  locale,
  commitments,
}: {
  locale: Locale;
  commitments: readonly Commitment[];
}) {
  return (
    <ul className="stack-sm">
      {commitments.map((commitment) => (
        <li key={commitment.start}>
          <strong>{commitmentValue(locale, commitment)}</strong>
          {`${SUMMARY_SEPARATOR}${kindName(locale, commitment.kind)}`}
          {commitment.period && `${SUMMARY_SEPARATOR}${periodLabel(locale, commitment.period)}`}
          <ReadFrom locale={locale} words={commitment.words} />
        </li>
      ))}
    </ul>
  );
}

/** An item's ordinals: the how-manyth of which series, from the number read. */
export function OrdinalList({
  locale,
  ordinals,
}: {
  locale: Locale;
  ordinals: readonly Ordinal[];
}) {
  return (
    <ul className="stack-sm">
      {ordinals.map((ordinal) => (
        <li key={ordinal.start}>
          <strong>{ordinalLabel(locale, ordinal)}</strong>
          {SUMMARY_SEPARATOR}
          <span lang={DEFAULT_LOCALE.lang}>{ordinal.series}</span>
          <ReadFrom locale={locale} words={ordinal.words} />
        </li>
      ))}
    </ul>
  );
}
