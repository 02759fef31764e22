import type { CatalogueItem } from '@/lib/catalogue';
import { placesByRole } from '@/lib/catalogue/roles';
import type { Locale } from '@/lib/i18n/locale';

/**
 * What part the item's places play, a line each: who acts, where it took place (or was adopted,
 * or put forward), who is party to it, what it is about. Nothing when no place is tied.
 */
export function PlaceRoles({ locale, item }: { locale: Locale; item: CatalogueItem }) {
  const { roles } = locale.messages.outcome;
  const separator = locale.messages.locale.listSeparator;
  const groups = placesByRole(item);
  if (groups.length === 0) return null;
  return (
    <ul className="place-roles">
      {groups.map(({ role, places }) => {
        const names = places.map((place) => locale.name(place)).join(separator);
        return (
          <li key={role}>
            {role === 'venue' ? roles.venue[item.section](names) : roles[role](names)}
          </li>
        );
      })}
    </ul>
  );
}
