import { TitledSection } from '@/components/ui/titled-section';
import type { Locale } from '@/lib/i18n/locale';
import type { SkipReason } from '@/lib/parser/types';

const SKIP_REASONS: SkipReason[] = [
  'commentary',
  'page-marker',
  'page-header',
  'dateline',
  'list-title',
];

/** What each line style in the text below means; the styles are app/globals.css's `.source` ones. */
export function SourceLegend({ locale }: { locale: Locale }) {
  const text = locale.messages.source;
  return (
    <TitledSection id="source-legend" heading={text.legend.heading}>
      <ul className="source legend">
        <li className="item">{text.legend.item}</li>
        {SKIP_REASONS.map((reason) => (
          <li key={reason} className={reason}>
            {text.skipped[reason]}
          </li>
        ))}
      </ul>
    </TitledSection>
  );
}
