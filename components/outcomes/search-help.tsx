import { LangRunsItems } from '@/components/ui/lang-runs';
import type { Locale } from '@/lib/i18n/locale';

/** The query language, stated where people type: one disclosure, closed until asked for. */
export function SearchHelp({ locale }: { locale: Locale }) {
  const { help } = locale.messages.search;
  return (
    <details className="search-help">
      <summary>{help.summary}</summary>
      <ul>
        <LangRunsItems lang={locale.lang} texts={help.rules} />
      </ul>
    </details>
  );
}
