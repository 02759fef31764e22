import {
  type Catalogue,
  type CatalogueItem,
  type CategoryEntry,
  FACET_KEYS,
  type FacetKey,
  type Filters,
  facetOf,
  type ItemRef,
  valueHref,
} from '@/lib/catalogue';
import { placesByRole } from '@/lib/catalogue/roles';
import type { SectionKey } from '@/lib/parser/types';
import { OUTCOMES_PATH, outcomePath } from '@/lib/paths';
import type { Locale } from './locale';

/**
 * Every name the site gives its things — sections, categories, items, facet values, a view's
 * filters — and the summary lines made of them, so a row, a feed entry, a preview, a citation,
 * JSON-LD and a page name one thing alike.
 */

/** Between the parts of a summary line (a row's details, a feed entry, a preview's kicker). */
export const SUMMARY_SEPARATOR = ' · ';

/** The parts that are not empty, as one line: 成果文件第88项 · （二）第25–90项 · 协议. */
export function summaryLine(parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(SUMMARY_SEPARATOR);
}

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

/** The section with its printed number: 二、成果文件. */
export function numberedSectionName(
  locale: Locale,
  section: { key: SectionKey; ordinal: number },
): string {
  return `${locale.messages.numbering.section(section.ordinal)}${sectionName(locale, section.key)}`;
}

/** The category with its printed number: （二）第25–90项. */
export function numberedCategoryName(locale: Locale, category: CategoryEntry): string {
  return `${locale.messages.numbering.category(category.ordinal)}${categoryName(locale, category)}`;
}

/** The category with its section: 成果文件（二）第25–90项. */
export function fullCategoryName(locale: Locale, category: CategoryEntry): string {
  return [sectionName(locale, category.section), numberedCategoryName(locale, category)].join(
    locale.messages.locale.wordSeparator,
  );
}

/** An item by where it stands: 成果文件第88项. */
export function itemLabel(locale: Locale, item: Pick<ItemRef, 'section' | 'number'>): string {
  return locale.messages.numbering.itemIn(sectionName(locale, item.section), item.number);
}

/**
 * The steps to an item, each named and with its site path (the item's own last): the list, its
 * section, its category, the item. The visible breadcrumb and the JSON-LD one are both these.
 */
export function itemSteps(
  locale: Locale,
  item: Pick<CatalogueItem, 'section' | 'number' | 'category'>,
): Array<{ name: string; path: string }> {
  return [
    { name: locale.messages.nav.outcomes, path: OUTCOMES_PATH },
    {
      name: sectionName(locale, item.section),
      path: valueHref('section', item.section),
    },
    {
      name: numberedCategoryName(locale, item.category),
      path: valueHref('category', item.category.value),
    },
    {
      name: locale.messages.numbering.item(item.number),
      path: outcomePath(item.section, item.number),
    },
  ];
}

/** A facet value's name for people, from the loaded catalogue's vocabularies. */
export function facetValueName(
  locale: Locale,
  catalogue: Catalogue,
  facet: FacetKey,
  value: string,
): string {
  const { label } = facetOf(facet);
  switch (label.kind) {
    case 'section':
      return locale.messages.sections[value as SectionKey] ?? value;
    case 'category': {
      const category = catalogue.categories.find((entry) => entry.value === value);
      return category ? fullCategoryName(locale, category) : value;
    }
    case 'year':
      return locale.messages.outcomes.yearLabel(value);
    case 'term': {
      const term = label.term(catalogue, value);
      return term ? locale.name(term) : value;
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
