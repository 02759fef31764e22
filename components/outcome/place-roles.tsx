import type { CatalogueItem } from '@/lib/catalogue';
import { placeRoleLines } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/**
 * What part the item's places play, a line each: who acts, where it took place (or was adopted,
 * or put forward), who is party to it, what it is about. Nothing when no place is tied.
 */
export function PlaceRoles({ locale, item }: { locale: Locale; item: CatalogueItem }) {
  const lines = placeRoleLines(locale, item);
  if (lines.length === 0) return null;
  return (
    <ul className="place-roles">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
