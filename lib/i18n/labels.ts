import {
  type Catalogue,
  type CatalogueItem,
  type CategoryEntry,
  FACET_KEYS,
  type FacetKey,
  type Filters,
} from '@/lib/catalogue';
import { placesByRole } from '@/lib/catalogue/roles';
import type { SectionKey } from '@/lib/parser/types';
import type { Locale } from './locale';

/** 成果文件 / Outcome documents. */
export function sectionName(locale: Locale, section: SectionKey): string {
  return locale.messages.sections[section];
}

/**
 * A category as the list names it — its printed heading, translated where the page's language
 * has a translation of it — or, where the copy lacks the heading,
 * by the number range it spans, which the reader can check (marked inferred by the caller).
 */
export function categoryName(locale: Locale, category: CategoryEntry): string {
  const { numbering } = locale.messages;
  if (category.heading !== null)
    return category.headingTranslations[locale.key] ?? category.heading;
  return category.range.last === null
    ? numbering.openItems(category.range.first)
    : numbering.items(category.range.first, category.range.last);
}

/** The category with its section: 成果文件（二）第25–90项. */
export function fullCategoryName(locale: Locale, category: CategoryEntry): string {
  const { numbering, locale: language } = locale.messages;
  return [
    sectionName(locale, category.section),
    `${numbering.category(category.ordinal)}${categoryName(locale, category)}`,
  ].join(language.wordSeparator);
}

/** A facet value's name for people, from the loaded catalogue's vocabularies. */
export function facetValueName(
  locale: Locale,
  catalogue: Catalogue,
  facet: FacetKey,
  value: string,
): string {
  switch (facet) {
    case 'section':
      return locale.messages.sections[value as SectionKey] ?? value;
    case 'category': {
      const category = catalogue.categories.find((entry) => entry.value === value);
      return category ? fullCategoryName(locale, category) : value;
    }
    case 'year':
      return locale.messages.outcomes.yearLabel(value);
    case 'place': {
      const place = catalogue.placeBySlug.get(value);
      return place ? locale.name(place) : value;
    }
    case 'type': {
      const type = catalogue.types.find((term) => term.key === value);
      return type ? locale.name(type) : value;
    }
    case 'topic': {
      const topic = catalogue.topics.find((term) => term.key === value);
      return topic ? locale.name(topic) : value;
    }
  }
}

/**
 * An item's title for this language: the original where the page is in the list's language or
 * no translation exists; otherwise the translation, with the original to show beside it.
 */
export function titleOf(
  locale: Locale,
  item: Pick<CatalogueItem, 'title' | 'translations'>,
): { text: string; translated: boolean } {
  const translation = item.translations[locale.key];
  return translation === undefined
    ? { text: item.title, translated: false }
    : { text: translation, translated: true };
}

/** The filters of a view in words, in address order: 沈阳市、成果文件、“协议”. */
export function filtersInWords(locale: Locale, catalogue: Catalogue, filters: Filters): string[] {
  const words = FACET_KEYS.flatMap((facet) =>
    filters[facet].map((value) => facetValueName(locale, catalogue, facet, value)),
  );
  if (filters.q !== '') words.push(locale.messages.outcomes.quoted(filters.q));
  return words;
}

/**
 * What part an item's places play, a line each: 发起方：中华人民共和国 / By China, where it was
 * held (adopted, put forward), its parties, what it is about. Empty when no place is tied.
 */
export function placeRoleLines(locale: Locale, item: CatalogueItem): string[] {
  const { roles } = locale.messages.outcome;
  const separator = locale.messages.locale.listSeparator;
  return placesByRole(item).map(({ role, places }) => {
    const names = places.map((place) => locale.name(place)).join(separator);
    return role === 'venue' ? roles.venue[item.section](names) : roles[role](names);
  });
}
