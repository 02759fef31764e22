import type { LocalFragment, LocalHeading, LocalItem } from './place';
import { categoryStart, type Placement, sectionStates } from './resolve';
import { sectionKey } from './sections';
import type { LineSpan, ParsedCategory, ParsedItem, ParsedSection, ParseIssue } from './types';

interface PlacedItem extends LocalItem {
  section: number;
}

/** Every item whose section is known, first occurrence of each number kept. */
function placedItems(placements: Placement[], issues: ParseIssue[]): PlacedItem[] {
  const seen = new Map<string, PlacedItem>();
  for (const { fragment, start } of placements) {
    for (const item of fragment.items) {
      const section = item.section === 'start' ? start : item.section;
      if (section === null) continue;
      const id = `${section}:${item.number}`;
      const first = seen.get(id);
      if (first) {
        issues.push({
          kind: 'duplicate-number',
          section: sectionKey(section),
          number: item.number,
          lines: [first.lines[0], item.lines[0]],
        });
        continue;
      }
      seen.set(id, { ...item, section });
    }
  }
  return [...seen.values()];
}

function numberRuns(numbers: number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of numbers) {
    const last = runs.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}

const describeRun = ([a, b]: [number, number]) => (a === b ? `${a}` : `${a}–${b}`);

/**
 * Categories of one section: those whose headings were found, those inferred between and after
 * them, each with the range of numbers it spans. Items no heading placed go by number.
 */
function buildCategories(
  ordinal: number,
  headings: Map<number, LocalHeading>,
  end: number | null,
  items: PlacedItem[],
  issues: ParseIssue[],
): ParsedCategory[] {
  const key = sectionKey(ordinal);
  const starts = new Map<number, number>();
  const startOf = (j: number) => starts.get(j) ?? categoryStart(headings, j);
  let count = Math.max(0, ...headings.keys(), ...items.map((i) => i.category ?? 0));
  const endOf = (j: number): number | null => {
    const next = startOf(j + 1);
    if (next !== null && j < count) return next - 1;
    const start = startOf(j);
    const declared = headings.get(j)?.declaredCount;
    if (start !== null && declared != null) return start + declared - 1;
    return j === count ? end : null;
  };

  for (const item of items) {
    if (item.category !== null) {
      if (startOf(item.category) === null || item.number < (startOf(item.category) ?? 0)) {
        starts.set(item.category, item.number);
      }
    }
  }
  const unplaced = items.filter((i) => i.category === null).sort((a, b) => a.number - b.number);
  for (const item of unplaced) {
    let j = Math.max(1, count);
    while (j > 1 && (startOf(j) === null || (startOf(j) ?? 0) > item.number)) j -= 1;
    for (let last = endOf(j); last !== null && item.number > last; last = endOf(j)) {
      // Past the section's known end (pages that disagree on where it ends): every category
      // opened after it would end there too, so the item stays in the last one.
      if (j >= count && last === end) break;
      j += 1;
      if (j > count) count = j;
      if (startOf(j) === null) starts.set(j, last + 1);
    }
    item.category = j;
  }
  count = Math.max(count, 1);

  const categories: ParsedCategory[] = [];
  for (let j = 1; j <= count; j += 1) {
    const heading = headings.get(j);
    const numbers = items
      .filter((i) => i.category === j)
      .map((i) => i.number)
      .sort((a, b) => a - b);
    const first = startOf(j) ?? numbers[0] ?? 1;
    const last = endOf(j);
    const upTo = last ?? numbers.at(-1) ?? first - 1;
    const present = new Set(numbers);
    const missing: number[] = [];
    for (let n = first; n <= upTo; n += 1) if (!present.has(n)) missing.push(n);

    if (!heading) {
      const span = numbers.length
        ? `numbers ${describeRun([numbers[0] ?? 0, numbers.at(-1) ?? 0])}`
        : 'no items';
      issues.push({
        kind: 'inferred-category',
        section: key,
        category: j,
        reason: `heading （${j}） is not in the source; ${span} fall in its place`,
      });
    } else if (heading.declaredCount !== null && heading.declaredCount !== numbers.length) {
      issues.push({
        kind: 'count-mismatch',
        section: key,
        category: j,
        declared: heading.declaredCount,
        measure: heading.declaredMeasure ?? '',
        found: numbers.length,
      });
    }
    for (const [from, to] of numberRuns(missing)) {
      issues.push({ kind: 'missing-range', section: key, category: j, from, to });
    }
    categories.push({
      ordinal: j,
      heading: heading?.heading ?? null,
      declaredCount: heading?.declaredCount ?? null,
      declaredMeasure: heading?.declaredMeasure ?? null,
      inferred: !heading,
      range: { first, last },
      numbers,
      missing,
      line: heading?.line ?? null,
    });
  }
  return categories;
}

export function buildList(
  placements: Placement[],
  sectionCount: number,
): { sections: ParsedSection[]; items: ParsedItem[]; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const all = placedItems(placements, issues);
  const sections: ParsedSection[] = [];
  const items: ParsedItem[] = [];

  const states = sectionStates(placements, sectionCount);
  for (let ordinal = 1; ordinal <= sectionCount; ordinal += 1) {
    const key = sectionKey(ordinal);
    const printed = placements
      .flatMap((p) => p.fragment.sections)
      .find((s) => s.ordinal === ordinal);
    const state = states.get(ordinal) ?? { headings: new Map(), end: null };
    const own = all.filter((i) => i.section === ordinal);
    if (!printed) {
      const why = placements.find((p) => p.start === ordinal && p.reason)?.reason;
      issues.push({
        kind: 'inferred-section',
        section: key,
        ordinal,
        reason: own.length
          ? `heading not in the source; its items are placed because ${why ?? 'their numbering continues it'}`
          : 'neither its heading nor any of its items are in the source',
      });
    }
    const categories =
      own.length || state.headings.size
        ? buildCategories(ordinal, state.headings, state.end, own, issues)
        : [];
    sections.push({
      key,
      ordinal,
      heading: printed?.heading ?? null,
      inferred: !printed,
      line: printed?.line ?? null,
      categories,
    });
    for (const item of own.sort((a, b) => a.number - b.number)) {
      items.push({
        section: key,
        category: item.category ?? 1,
        number: item.number,
        title: item.title,
        sourceLines: item.lines,
      });
    }
  }

  for (const { fragment, start, reason } of placements) {
    if (!fragment.hasStartTokens || !reason) continue;
    const lines = headlessLines(fragment);
    if (start === null) issues.push({ kind: 'unplaced-fragment', lines, reason });
    else issues.push({ kind: 'fragment-placed', lines, section: sectionKey(start), reason });
  }
  return { sections, items, issues };
}

/**
 * The lines a placement speaks for: from the fragment's start to just before its first section
 * heading, which places what follows it by itself (a run of Part II items, then 三、, is placed
 * up to the heading, not across it).
 */
function headlessLines(fragment: LocalFragment): LineSpan {
  const heading = fragment.sections[0]?.line;
  const [first, last] = fragment.lines;
  return heading !== undefined && heading > first
    ? [first, Math.min(last, heading - 1)]
    : [first, last];
}
