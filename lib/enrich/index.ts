import { categoryValue } from '@/lib/parser/sections';
import type { SectionKey } from '@/lib/parser/types';
import { producedLinks } from './links';
import { readNumbers } from './numbers';
import { outcomeTypes } from './outcome-type';
import { headingPlaces, linkedPlaces, titlePlaces, withParents } from './places';
import { topicsOf } from './topics';
import type { CategoryHeading, EnrichInput, Enrichment, ItemLink } from './types';
import { yearsOf } from './years';

export { FACTS } from './facts';
export { PLACES } from './gazetteer';
export { OUTCOME_TYPES } from './outcome-type';
export { TOPICS } from './topics';

/**
 * Everything the catalogue derives from one item's section and title alone: its places (named,
 * abbreviated, by standing fact, and what contains them), types, topics and years. Pure.
 */
export function enrichItem(input: EnrichInput): Enrichment {
  const { places, ...rest } = ownReadings(input);
  return { places: withParents(places), ...rest };
}

/** An item's enrichment before its places gain what contains them, its title's numbers read once. */
function ownReadings(input: EnrichInput): Enrichment {
  const numbers = readNumbers(input.title);
  const years = yearsOf(numbers);
  return {
    places: titlePlaces(input, years),
    ...outcomeTypes(input.section, input.title),
    topics: topicsOf(input.title),
    years,
    commitments: numbers.commitments,
    ordinals: numbers.ordinals,
  };
}

/**
 * The whole list's enrichment: each item's own, plus what the list reveals across items — which
 * meeting produced which document, the venue one names for the other, and the places the heading
 * of each item's category states. Pure; items in list order, enrichments in the same order,
 * links as indexes into it.
 */
export function enrichList(
  items: ReadonlyArray<EnrichInput & { category: number; number: number }>,
  sections: ReadonlyArray<{
    key: SectionKey;
    categories: ReadonlyArray<Omit<CategoryHeading, 'section'>>;
  }>,
): {
  enrichments: Enrichment[];
  links: ItemLink[];
} {
  const own = items.map(ownReadings);
  const links = producedLinks(items);
  const linked = linkedPlaces(
    own.map(({ places }) => places),
    links,
    (index) => itemKey(items[index] as { section: string; number: number }),
    (index) => (items[index] as EnrichInput).section,
  );
  const byHeading = new Map(
    sections.flatMap(({ key, categories }) =>
      categories.map((category) => [
        categoryValue(key, category.ordinal),
        headingPlaces({ ...category, section: key }),
      ]),
    ),
  );
  const enrichments = own.map(({ places, ...rest }, index) => {
    const { section, category } = items[index] as (typeof items)[number];
    return {
      places: withParents([
        ...places,
        ...(linked[index] ?? []),
        ...(byHeading.get(categoryValue(section, category)) ?? []),
      ]),
      ...rest,
    };
  });
  return { enrichments, links };
}

/** The item's stable key, the same in every copy of the list: `documents-68`. */
export function itemKey({ section, number }: { section: string; number: number }): string {
  return `${section}-${number}`;
}
