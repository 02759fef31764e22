import { LangRunsItems } from '@/components/ui/lang-runs';
import { TitledSection } from '@/components/ui/titled-section';
import type { Locale } from '@/lib/i18n/locale';

export function HowMade({ locale }: { locale: Locale }) {
  const text = locale.messages.source.how;
  return (
    <TitledSection id="source-how" heading={text.heading}>
      <ol className="numbered">
        <LangRunsItems lang={locale.lang} texts={text.steps} />
      </ol>
    </TitledSection>
  );
}
