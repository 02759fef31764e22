import { describe, expect, it } from 'vitest';
import { numberedSize, numberedTotal } from '@/components/overview/numbers';
import type { CategoryEntry, SectionEntry } from '@/lib/catalogue/model';
import type { SectionKey } from '@/lib/parser/types';

const category = (
  section: SectionKey,
  ordinal: number,
  first: number,
  last: number | null,
): CategoryEntry => ({
  section,
  ordinal,
  value: `${section}.${ordinal}`,
  heading: null,
  line: null,
  headingTranslations: {},
  declaredCount: null,
  declaredMeasure: null,
  inferred: true,
  range: { first, last },
  found: 0,
  missing: [],
  sectionOrdinal: 1,
  sectionInferred: false,
});

const section = (key: SectionKey, categories: CategoryEntry[]): SectionEntry => ({
  key,
  ordinal: 1,
  heading: null,
  inferred: false,
  categories,
  found: 0,
  declared: null,
});

describe('overview numbers', () => {
  it('sizes a category by its numbered range', () => {
    expect(numberedSize(category('meetings', 1, 1, 110))).toBe(110);
    expect(numberedSize(category('meetings', 2, 111, 187))).toBe(77);
    expect(numberedSize(category('meetings', 2, 7, 7))).toBe(1);
    expect(numberedSize(category('meetings', 2, 111, null))).toBeNull();
  });

  it('adds the ranges up to the whole list, or says it cannot', () => {
    // The real list's numbering: 187 meetings, 90 documents, 36 initiatives.
    const sections = [
      section('meetings', [category('meetings', 1, 1, 110), category('meetings', 2, 111, 187)]),
      section('documents', [category('documents', 1, 1, 24), category('documents', 2, 25, 90)]),
      section('initiatives', [
        category('initiatives', 1, 1, 23),
        category('initiatives', 2, 24, 36),
      ]),
    ];
    expect(numberedTotal(sections)).toBe(313);
    expect(numberedTotal([section('meetings', [category('meetings', 1, 1, null)])])).toBeNull();
    expect(numberedTotal([])).toBe(0);
  });
});
