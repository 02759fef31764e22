import Link from 'next/link';
import type { CatalogueItem, PlaceEntry, PlaceTag } from '@/lib/catalogue';
import type { PlaceTree } from '@/lib/enrich/place-tree';
import { itemLabel, numberedCategoryName, titleOf } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/paths';

/**
 * Why an item has a place, in words: the title names it; an abbreviation in the title stands
 * for it; a documented fact ties the title's wording to it (with the fact's source); a linked
 * item names it; the heading of its category states it (with the heading and its line); or it
 * contains places the item has.
 */
export function PlaceReason({
  locale,
  item,
  tag,
  tree,
}: {
  locale: Locale;
  item: CatalogueItem;
  tag: PlaceTag;
  tree: PlaceTree<PlaceEntry>;
}) {
  const { reasons } = locale.messages.inferred;
  const separator = locale.messages.locale.listSeparator;
  switch (tag.via) {
    case 'named':
      return <>{reasons.named}</>;
    case 'abbreviation':
      return <>{reasons.abbreviation(tag.word ?? '')}</>;
    case 'fact':
      return tag.fact ? (
        <>
          {reasons.fact(locale.name(tag.fact))}
          {reasons.factSource(
            tag.fact.source.title,
            tag.fact.source.publisher,
            locale.day(tag.fact.source.date),
          )}
        </>
      ) : null;
    case 'linked':
      return tag.linked ? (
        <>
          {reasons.linked(itemLabel(locale, tag.linked), titleOf(locale, tag.linked).text)}{' '}
          <Link
            href={locale.path(outcomePath(tag.linked.section, tag.linked.number))}
            prefetch={false}
          >
            →
          </Link>
        </>
      ) : null;
    case 'heading':
      return tag.heading ? (
        <span>
          {reasons.heading(
            numberedCategoryName(locale, tag.heading),
            tag.heading.line === null
              ? ''
              : locale.messages.numbering.lines(tag.heading.line, tag.heading.line),
          )}
        </span>
      ) : null;
    case 'parent': {
      const inside = item.places
        .filter(
          (other) => other.via !== 'parent' && tree.isInside(other.place.slug, tag.place.slug),
        )
        .map((other) => locale.name(other.place));
      return <>{reasons.parent(inside.join(separator))}</>;
    }
  }
}
