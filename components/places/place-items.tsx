import type { ReactNode } from 'react';
import { ItemList } from '@/components/outcome/item-list';
import { PlaceReason } from '@/components/outcome/place-reason';
import { TitledSection } from '@/components/ui/titled-section';
import type { PlaceDetail, PlaceEntry } from '@/lib/catalogue';
import type { PlaceTree } from '@/lib/enrich/place-tree';
import type { Locale } from '@/lib/i18n/locale';

/**
 * The place's items in two groups: titles naming it, and items tied to it otherwise — by an
 * abbreviation, a standing fact, a linked item, or a place inside it — each saying how.
 */
export function PlaceItems({
  locale,
  detail,
  places,
}: {
  locale: Locale;
  detail: PlaceDetail;
  places: PlaceTree<PlaceEntry>;
}) {
  const { place, items } = detail;
  const text = locale.messages.places;
  const named = items.filter(({ tag }) => tag.via === 'named');
  const inferred = items.filter(({ tag }) => tag.via !== 'named');
  const list = (entries: PlaceDetail['items']) => (
    <ItemList
      locale={locale}
      items={entries.map(({ item }) => item)}
      note={(index) => {
        const entry = entries[index];
        return (
          entry &&
          entry.tag.via !== 'named' && (
            <span className="muted small reason">
              <PlaceReason locale={locale} item={entry.item} tag={entry.tag} tree={places} />
            </span>
          )
        );
      }}
    />
  );
  return (
    <div className="stack-lg">
      {named.length > 0 && (
        <Group
          locale={locale}
          id="place-named"
          heading={text.named(locale.name(place))}
          count={named.length}
        >
          {list(named)}
        </Group>
      )}
      {inferred.length > 0 && (
        <Group
          locale={locale}
          id="place-inferred"
          heading={text.inferredGroup}
          count={inferred.length}
        >
          {list(inferred)}
        </Group>
      )}
      {detail.total > items.length && (
        <p className="muted">{text.more(items.length, detail.total)}</p>
      )}
    </div>
  );
}

function Group({
  locale,
  id,
  heading,
  count,
  children,
}: {
  locale: Locale;
  id: string;
  heading: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <TitledSection
      id={id}
      heading={
        <>
          {heading} <span className="muted aside">{locale.messages.numbering.count(count)}</span>
        </>
      }
    >
      {children}
    </TitledSection>
  );
}
