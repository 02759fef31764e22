import { type CatalogueItem, tiedPlaces } from '@/lib/catalogue';
import { itemLabel, numberedCategoryName, summaryLine, titleOf } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/paths';
import type { Highlight } from '@/lib/search/document';
import type { RowData } from './result-rows';

/**
 * One result as a row shows it: its title (and original), then one quiet line — where it sits
 * in the list, the years its title states, then what was inferred of it (type, the places it is
 * tied to), marked once at the end. Empty fields are left out rather than said to be empty.
 */
export function toRow(locale: Locale, item: CatalogueItem, highlight: Highlight | null): RowData {
  const { messages } = locale;
  const separator = messages.locale.listSeparator;
  const places = tiedPlaces(item).map((tag) => locale.name(tag.place));
  const type = item.secondaryType
    ? messages.outcomes.results.withSecondary(
        locale.name(item.type),
        locale.name(item.secondaryType),
      )
    : locale.name(item.type);
  const title = titleOf(locale, item);
  const originalMarks = highlight?.title ?? [];
  return {
    key: item.key,
    href: locale.path(outcomePath(item.section, item.number)),
    title: title.text,
    titleMarks: title.translated ? (highlight?.translations[locale.key] ?? []) : originalMarks,
    original: title.translated ? item.title : null,
    originalMarks,
    meta: summaryLine([
      itemLabel(locale, item),
      numberedCategoryName(locale, item.category),
      ...item.years.map(messages.outcomes.yearLabel),
      type,
      places.join(separator),
    ]),
  };
}
