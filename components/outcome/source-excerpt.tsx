import Link from 'next/link';
import { TitledSection } from '@/components/ui/titled-section';
import type { OutcomeDetail } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';
import { sourceLinePath } from '@/lib/paths';

/** The lines of the source the item was read from, each numbered and linked to the full text. */
export function SourceExcerpt({
  locale,
  detail,
  fileName,
}: {
  locale: Locale;
  detail: OutcomeDetail;
  fileName: string;
}) {
  const { firstLine, lastLine } = detail.item;
  const { messages } = locale;
  return (
    <TitledSection id="outcome-source" heading={messages.outcome.source}>
      <p className="muted small">
        <Link href={locale.path(sourceLinePath(firstLine))}>
          {messages.outcome.sourceLines(fileName, messages.numbering.lines(firstLine, lastLine))}
        </Link>
      </p>
      <ol className="excerpt" start={firstLine} lang={DEFAULT_LOCALE.lang}>
        {detail.lines.map((line, index) => (
          // A line's identity is its number in the source.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={firstLine + index}>{line}</li>
        ))}
      </ol>
    </TitledSection>
  );
}
