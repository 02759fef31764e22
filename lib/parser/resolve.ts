import type { LocalFragment, LocalHeading, SectionRef } from './place';

/** What the fragments placed so far say about one section. */
export interface SectionState {
  headings: Map<number, LocalHeading>;
  /** Item number → title. */
  numbers: Map<number, string>;
  end: number | null;
}

export interface Placement {
  fragment: LocalFragment;
  /** The section the fragment starts in; null when it could not be placed. */
  start: number | null;
  /** Why, when the fragment did not itself say (no section heading before its first token). */
  reason: string | null;
}

const resolve = (ref: SectionRef, start: number | null): number | null =>
  ref === 'start' ? start : ref;

export function sectionState(placements: Placement[], section: number): SectionState {
  const state: SectionState = { headings: new Map(), numbers: new Map(), end: null };
  for (const { fragment, start } of placements) {
    if (start === null && fragment.hasStartTokens) continue;
    for (const heading of fragment.categories) {
      if (resolve(heading.section, start) === section && !state.headings.has(heading.ordinal)) {
        state.headings.set(heading.ordinal, heading);
      }
    }
    for (const item of fragment.items) {
      if (resolve(item.section, start) === section && !state.numbers.has(item.number)) {
        state.numbers.set(item.number, item.title);
      }
    }
    for (const [ref, end] of fragment.sectionEnds) {
      if (resolve(ref, start) === section) state.end = end;
    }
  }
  return state;
}

/** Where category j starts, as far as the headings' printed first numbers and counts tell. */
export function categoryStart(headings: Map<number, LocalHeading>, ordinal: number): number | null {
  if (ordinal === 1) return 1;
  const own = headings.get(ordinal)?.firstNumber;
  if (own != null) return own;
  const before = headings.get(ordinal - 1)?.declaredCount;
  const beforeStart = categoryStart(headings, ordinal - 1);
  return before != null && beforeStart !== null ? beforeStart + before : null;
}

function categoryEnd(headings: Map<number, LocalHeading>, ordinal: number): number | null {
  const next = categoryStart(headings, ordinal + 1);
  if (next !== null && headings.has(ordinal + 1)) return next - 1;
  const start = categoryStart(headings, ordinal);
  const declared = headings.get(ordinal)?.declaredCount;
  return start !== null && declared != null ? start + declared - 1 : null;
}

/** Why a fragment cannot start in a section, or null when nothing rules it out. */
function conflict(fragment: LocalFragment, state: SectionState): string | null {
  for (const heading of fragment.categories) {
    if (heading.section !== 'start') continue;
    const known = state.headings.get(heading.ordinal);
    if (known && known.heading !== heading.heading) {
      return `its category ${heading.ordinal} is already 「${known.heading}」`;
    }
    const start = categoryStart(state.headings, heading.ordinal);
    if (heading.firstNumber !== null && start !== null && start !== heading.firstNumber) {
      return `its category ${heading.ordinal} would start at ${start}, not ${heading.firstNumber}`;
    }
  }
  for (const item of fragment.items) {
    if (item.section !== 'start') continue;
    const known = state.numbers.get(item.number);
    if (known !== undefined && known !== item.title)
      return `it already has another item ${item.number}`;
    if (state.end !== null && item.number > state.end) return `it ends at ${state.end}`;
    if (item.category === null) continue;
    const first = categoryStart(state.headings, item.category);
    const last = categoryEnd(state.headings, item.category);
    if ((first !== null && item.number < first) || (last !== null && item.number > last)) {
      return `its category ${item.category} spans ${first ?? '?'}–${last ?? '?'}, not ${item.number}`;
    }
  }
  return null;
}

/**
 * How far the fragment's numbers are from the nearest number the section already has; −1 when
 * the fragment repeats items the section has word for word (a page printed twice).
 */
function gap(fragment: LocalFragment, state: SectionState): number {
  const items = fragment.items.filter((i) => i.section === 'start');
  const numbers = items.map((i) => i.number);
  if (items.length > 0 && items.every((i) => state.numbers.get(i.number) === i.title)) return -1;
  if (numbers.length === 0 || state.numbers.size === 0) return Number.POSITIVE_INFINITY;
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  let best = Number.POSITIVE_INFINITY;
  for (const n of state.numbers.keys()) {
    if (n < first) best = Math.min(best, first - n - 1);
    if (n > last) best = Math.min(best, n - last - 1);
  }
  return best;
}

/**
 * Places every fragment that does not open with a section heading. Items just before a section
 * heading belong to the section before it; any other fragment goes to the only section its
 * headings, counts and numbers fit, or failing that, the one whose numbering it continues.
 */
export function placeFragments(fragments: LocalFragment[], sectionCount: number): Placement[] {
  const placements: Placement[] = fragments.map((fragment) => {
    if (!fragment.hasStartTokens) return { fragment, start: null, reason: null };
    const next = fragment.firstSectionAfterStart;
    if (next === null) return { fragment, start: null, reason: null };
    const start = next > 1 ? next - 1 : null;
    return {
      fragment,
      start,
      reason:
        start === null
          ? 'text before the first section'
          : `it comes right before section ${next}'s heading`,
    };
  });

  const open = () =>
    placements.filter((p) => p.fragment.hasStartTokens && p.start === null && p.reason === null);
  for (let pending = open(); pending.length > 0; pending = open()) {
    const verdicts = pending.map((placement) => {
      const sections = Array.from({ length: sectionCount }, (_, i) => i + 1);
      const states = new Map(sections.map((s) => [s, sectionState(placements, s)]));
      const fits = sections.filter(
        (s) => conflict(placement.fragment, states.get(s) as SectionState) === null,
      );
      const ruledOut = sections
        .filter((s) => !fits.includes(s))
        .map(
          (s) => `not section ${s}: ${conflict(placement.fragment, states.get(s) as SectionState)}`,
        );
      return { placement, fits, ruledOut, states };
    });
    const sure = verdicts.find((v) => v.fits.length === 1);
    if (sure) {
      sure.placement.start = sure.fits[0] ?? null;
      sure.placement.reason = `only section ${sure.placement.start} fits (${sure.ruledOut.join('; ')})`;
      continue;
    }
    const nearest = verdicts
      .map((v) => {
        const gaps = v.fits.map((s) => ({
          s,
          gap: gap(v.placement.fragment, v.states.get(s) as SectionState),
        }));
        const best = Math.min(...gaps.map((g) => g.gap));
        const winners = gaps.filter((g) => g.gap === best && Number.isFinite(best));
        return { v, winner: winners.length === 1 ? winners[0] : undefined };
      })
      .find((n) => n.winner);
    if (nearest?.winner) {
      nearest.v.placement.start = nearest.winner.s;
      nearest.v.placement.reason = `its numbers continue section ${nearest.winner.s}'s`;
      continue;
    }
    for (const v of verdicts) {
      v.placement.reason =
        v.fits.length === 0
          ? `no section fits (${v.ruledOut.join('; ')})`
          : 'more than one section fits';
    }
  }
  return placements;
}
