import Link from 'next/link';
import type { CatalogueItem, PlaceTag } from '@/lib/catalogue';
import { categoryName, sectionName, titleOf } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/routes';

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
}: {
  locale: Locale;
  item: CatalogueItem;
  tag: PlaceTag;
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
        <span
          title={`${tag.fact.source.title} (${tag.fact.source.publisher}, ${tag.fact.source.date})`}
        >
          {reasons.fact(locale.name(tag.fact))}
        </span>
      ) : null;
    case 'linked':
      return tag.linked ? (
        <>
          {reasons.linked(
            locale.messages.numbering.itemIn(
              sectionName(locale, tag.linked.section),
              tag.linked.number,
            ),
            titleOf(locale, tag.linked).text,
          )}{' '}
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
            `${locale.messages.numbering.category(tag.heading.ordinal)}${categoryName(locale, tag.heading)}`,
            tag.heading.line === null
              ? ''
              : locale.messages.numbering.lines(tag.heading.line, tag.heading.line),
          )}
        </span>
      ) : null;
    case 'parent': {
      const inside = item.places
        .filter((other) => other.via !== 'parent' && lies(item, other.place.slug, tag.place.slug))
        .map((other) => locale.name(other.place));
      return <>{reasons.parent(inside.join(separator))}</>;
    }
  }
}

/** Whether `slug` lies inside `within`, by the parents the item's own places record. */
function lies(item: CatalogueItem, slug: string, within: string): boolean {
  const parentOf = new Map(item.places.map((tag) => [tag.place.slug, tag.place.parent]));
  for (let up = parentOf.get(slug); up; up = parentOf.get(up)) if (up === within) return true;
  return false;
}
