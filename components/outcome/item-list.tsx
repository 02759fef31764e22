import type { ReactNode } from 'react';
import { ItemTitle } from '@/components/ui/item-title';
import type { ItemRef } from '@/lib/catalogue';
import { itemLabel } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/**
 * Items as links, each with its part and number, so lists from different parts stay clear;
 * `note(index)` adds a note after an item's title (a place page says why it is there).
 */
export function ItemList({
  locale,
  items,
  note,
}: {
  locale: Locale;
  items: readonly ItemRef[];
  note?: (index: number) => ReactNode;
}) {
  return (
    <ul className="item-list">
      {items.map((item, index) => (
        <li key={item.key}>
          <span className="muted small">{itemLabel(locale, item)}</span>{' '}
          <ItemTitle locale={locale} item={item} />
          {note?.(index)}
        </li>
      ))}
    </ul>
  );
}
