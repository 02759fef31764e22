import type { Catalogue, Filters } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';

/** What the parts of the list page are given: the page's language, the catalogue, the view. */
export interface ViewProps {
  locale: Locale;
  catalogue: Catalogue;
  filters: Filters;
}

/** The parts that need only the language and the view, with the number of matches. */
export type CountedViewProps = Pick<ViewProps, 'locale' | 'filters'> & { total: number };
