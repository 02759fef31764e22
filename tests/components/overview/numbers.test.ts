import { describe, expect, it } from 'vitest';
import { missingRuns, numberedSize, numberedTotal } from '@/components/overview/numbers';
import type { CategoryOverview, SectionOverview } from '@/lib/catalogue';

const category = (
  ordinal: number,
  first: number,
  last: number | null,
  missing: CategoryOverview['missing'] = [],
): CategoryOverview => ({
  ordinal,
  heading: null,
  inferred: true,
  declaredCount: null,
  found: 0,
  range: { first, last },
  missing,
});

const section = (key: SectionOverview['key'], categories: CategoryOverview[]): SectionOverview => ({
  key,
  ordinal: 1,
  heading: null,
  inferred: false,
  found: 0,
  declared: null,
  categories,
});

describe('overview numbers', () => {
  it('sizes a category by its numbered range', () => {
    expect(numberedSize(category(1, 1, 110))).toBe(110);
    expect(numberedSize(category(2, 111, 187))).toBe(77);
    expect(numberedSize(category(2, 111, null))).toBeNull();
  });

  it('adds the ranges up to the whole list, or says it cannot', () => {
    const sections = [
      section('meetings', [category(1, 1, 110), category(2, 111, 187)]),
      section('documents', [category(1, 1, 24), category(2, 25, 90)]),
      section('initiatives', [category(1, 1, 23), category(2, 24, 36)]),
    ];
    expect(numberedTotal(sections)).toBe(313);
    expect(numberedTotal([section('meetings', [category(1, 1, null)])])).toBeNull();
  });

  it('lists missing runs in list order with their category', () => {
    const sections = [
      section('meetings', [category(1, 1, 110, [{ first: 1, last: 23 }])]),
      section('documents', [
        category(1, 1, 24, [{ first: 1, last: 24 }]),
        category(2, 25, 90, [{ first: 25, last: 67 }]),
      ]),
    ];
    expect(missingRuns(sections)).toEqual([
      { section: 'meetings', ordinal: 1, heading: null, first: 1, last: 23 },
      { section: 'documents', ordinal: 1, heading: null, first: 1, last: 24 },
      { section: 'documents', ordinal: 2, heading: null, first: 25, last: 67 },
    ]);
  });
});
