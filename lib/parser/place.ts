import type { Fragment } from './fragments';
import type { LineSpan } from './types';

/** The section of a token: an ordinal, or the unknown section its fragment starts in. */
export type SectionRef = number | 'start';

export interface LocalItem {
  number: number;
  title: string;
  lines: LineSpan;
  section: SectionRef;
  /** Known when a category heading in the same fragment says so; else decided by number. */
  category: number | null;
}

export interface LocalHeading {
  ordinal: number;
  heading: string;
  declaredCount: number | null;
  declaredMeasure: string | null;
  line: number;
  section: SectionRef;
  /** The number printed right after the heading: where the category starts. */
  firstNumber: number | null;
}

/** What one fragment says about the list, with its starting section still to be placed. */
export interface LocalFragment {
  lines: LineSpan;
  items: LocalItem[];
  categories: LocalHeading[];
  sections: { ordinal: number; heading: string; line: number }[];
  /** Last item number of a section, known when the next section's heading follows it. */
  sectionEnds: Map<SectionRef, number>;
  /** The first section heading, when tokens precede it (those belong to the section before). */
  firstSectionAfterStart: number | null;
  hasStartTokens: boolean;
}

/**
 * Reads a fragment's headings and items in order. Items before a category heading （j） belong to
 * category j−1 of the same section; items before a section heading k belong to section k−1.
 */
export function readFragment(fragment: Fragment): LocalFragment {
  const local: LocalFragment = {
    lines: fragment.lines,
    items: [],
    categories: [],
    sections: [],
    sectionEnds: new Map(),
    firstSectionAfterStart: null,
    hasStartTokens: false,
  };
  let section: SectionRef = 'start';
  fragment.tokens.forEach((token, i) => {
    const previous = fragment.tokens[i - 1];
    const next = fragment.tokens[i + 1];
    if (token.kind === 'section') {
      if (previous?.kind === 'item') local.sectionEnds.set(section, previous.number);
      if (section === 'start' && i > 0) local.firstSectionAfterStart = token.ordinal;
      local.sections.push({ ordinal: token.ordinal, heading: token.heading, line: token.line });
      section = token.ordinal;
      return;
    }
    if (section === 'start') local.hasStartTokens = true;
    if (token.kind === 'category') {
      for (const item of local.items) {
        if (item.section === section && item.category === null && token.ordinal > 1) {
          item.category = token.ordinal - 1;
        }
      }
      local.categories.push({
        ordinal: token.ordinal,
        heading: token.heading,
        declaredCount: token.declaredCount,
        declaredMeasure: token.declaredMeasure,
        line: token.line,
        section,
        firstNumber: next?.kind === 'item' ? next.number : null,
      });
      return;
    }
    const category = [...local.categories].reverse().find((c) => c.section === section);
    local.items.push({
      number: token.number,
      title: token.title,
      lines: token.lines,
      section,
      category: category?.ordinal ?? null,
    });
  });
  return local;
}
