import type { CategoryOverview, SectionOverview } from '@/lib/catalogue';
import type { SectionKey } from '@/lib/parser/types';

/** How many numbers a category's range spans: its size in the full list, as numbering tells. */
export function numberedSize(category: CategoryOverview): number | null {
  return category.range.last === null ? null : category.range.last - category.range.first + 1;
}

/** The full list's size as the categories' numbering tells, or null when a range is open. */
export function numberedTotal(sections: readonly SectionOverview[]): number | null {
  let total = 0;
  for (const category of sections.flatMap((section) => section.categories)) {
    const size = numberedSize(category);
    if (size === null) return null;
    total += size;
  }
  return total;
}

interface MissingRun {
  section: SectionKey;
  ordinal: number;
  heading: string | null;
  first: number;
  last: number;
}

/** Every run of numbers this copy lacks, in list order. */
export function missingRuns(sections: readonly SectionOverview[]): MissingRun[] {
  return sections.flatMap((section) =>
    section.categories.flatMap((category) =>
      category.missing.map((run) => ({
        section: section.key,
        ordinal: category.ordinal,
        heading: category.heading,
        ...run,
      })),
    ),
  );
}
