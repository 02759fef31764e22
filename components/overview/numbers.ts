import type { CategoryEntry, SectionEntry } from '@/lib/catalogue';

/** How many numbers a category's range spans: its size in the full list, as numbering tells. */
export function numberedSize(category: CategoryEntry): number | null {
  return category.range.last === null ? null : category.range.last - category.range.first + 1;
}

/** The full list's size as the categories' numbering tells, or null when a range is open. */
export function numberedTotal(sections: readonly SectionEntry[]): number | null {
  let total = 0;
  for (const category of sections.flatMap((section) => section.categories)) {
    const size = numberedSize(category);
    if (size === null) return null;
    total += size;
  }
  return total;
}
