import { ItemTitle } from '@/components/ui/item-title';
import type { ItemRef } from '@/lib/catalogue';
import { sectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/** Items as links, each with its part and number, so lists from different parts stay clear. */
export function ItemList({ locale, items }: { locale: Locale; items: readonly ItemRef[] }) {
  return (
    <ul className="item-list">
      {items.map((item) => (
        <li key={item.key}>
          <span className="muted small">
            {locale.messages.numbering.itemIn(sectionName(locale, item.section), item.number)}
          </span>{' '}
          <ItemTitle locale={locale} item={item} />
        </li>
      ))}
    </ul>
  );
}
