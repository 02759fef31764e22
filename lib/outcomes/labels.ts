import type { FacetKey } from '@/lib/catalogue/filters';
import { OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { messages } from '@/lib/messages';
import type { SectionKey } from '@/lib/parser/types';

const text = messages.outcomes;

export function sectionName(section: SectionKey): string {
  return messages.sections[section];
}

/**
 * `成果文件（二）` plus the category's heading when this copy of the list prints it; several
 * headings are missing from it, so the section and ordinal alone must identify a category.
 */
export function categoryLabel(value: string, heading: string | null = null): string {
  const [section, ordinal] = value.split('.');
  const name = messages.sections[section as SectionKey] ?? section ?? '';
  return text.categoryLabel(name, messages.numbering.category(Number(ordinal)), heading);
}

const VOCABULARY: Record<'place' | 'type' | 'topic', ReadonlyMap<string, string>> = {
  place: new Map(PLACES.map((place) => [place.slug, place.zh])),
  type: new Map(OUTCOME_TYPES.map((type) => [type.key, type.zh])),
  topic: new Map(TOPICS.map((topic) => [topic.key, topic.zh])),
};

/**
 * A facet value's name for people. `heading` is the category heading the database knows;
 * every other name comes from the same vocabulary files the database was loaded from.
 */
export function valueLabel(facet: FacetKey, value: string, heading: string | null = null): string {
  switch (facet) {
    case 'section':
      return messages.sections[value as SectionKey] ?? value;
    case 'category':
      return categoryLabel(value, heading);
    case 'year':
      return text.yearLabel(value);
    default:
      return VOCABULARY[facet].get(value) ?? value;
  }
}
