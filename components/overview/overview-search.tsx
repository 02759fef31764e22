import { QUERY_MAX_LENGTH } from '@/lib/constants';
import type { Locale } from '@/lib/i18n/locale';
import { OUTCOMES_PATH } from '@/lib/paths';

/** A plain GET form: the list reads `q`, so searching works without JavaScript. */
export function OverviewSearch({ locale }: { locale: Locale }) {
  const text = locale.messages.search;
  return (
    <search className="search">
      <form action={locale.path(OUTCOMES_PATH)} method="get">
        <label htmlFor="overview-q" className="search-label">
          {text.label}
        </label>
        <div className="search-row">
          <input
            id="overview-q"
            name="q"
            type="search"
            maxLength={QUERY_MAX_LENGTH}
            placeholder={text.placeholder}
            className="input"
          />
          <button type="submit" className="button button-primary">
            {text.submit}
          </button>
        </div>
      </form>
    </search>
  );
}
