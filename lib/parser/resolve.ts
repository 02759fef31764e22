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

function emptyState(): SectionState {
  return { headings: new Map(), numbers: new Map(), end: null };
}

/** Adds what a placed fragment says to the states of the sections it touches. */
function addFragment(states: Map<number, SectionState>, { fragment, start }: Placement): void {
  if (start === null && fragment.hasStartTokens) return;
  const stateOf = (ref: SectionRef) => {
    const section = resolve(ref, start);
    return section === null ? undefined : states.get(section);
  };
  for (const heading of fragment.categories) {
    const state = stateOf(heading.section);
    if (state && !state.headings.has(heading.ordinal)) state.headings.set(heading.ordinal, heading);
  }
  for (const item of fragment.items) {
    const state = stateOf(item.section);
    if (state && !state.numbers.has(item.number)) state.numbers.set(item.number, item.title);
  }
  for (const [ref, end] of fragment.sectionEnds) {
    const state = stateOf(ref);
    if (state) state.end = end;
  }
}

/** What the placed fragments say about each section, by ordinal. */
export function sectionStates(
  placements: Placement[],
  sectionCount: number,
): Map<number, SectionState> {
  const states = new Map(Array.from({ length: sectionCount }, (_, i) => [i + 1, emptyState()]));
  for (const placement of placements) addFragment(states, placement);
  return states;
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
  if (items.length === 0) return Number.POSITIVE_INFINITY;
  if (items.every((i) => state.numbers.get(i.number) === i.title)) return -1;
  const first = Math.min(...items.map((i) => i.number));
  const last = Math.max(...items.map((i) => i.number));
  if (state.numbers.has(first - 1) || state.numbers.has(last + 1)) return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const n of state.numbers.keys()) {
    if (n < first) best = Math.min(best, first - n - 1);
    if (n > last) best = Math.min(best, n - last - 1);
  }
  return best;
}

/** The section whose numbering the fragment printed just before this one runs into it, if any. */
function printedAfter(placements: Placement[], index: number): number | null {
  const before = placements[index - 1];
  const first = placements[index]?.fragment.items[0];
  const last = before?.fragment.items.at(-1);
  if (!before || !first || !last || last.number !== first.number - 1) return null;
  return resolve(last.section, before.start);
}

/**
 * Places every fragment that does not open with a section heading. Items just before a section
 * heading belong to the section before it; any other fragment goes to the only section its
 * headings, counts and numbers fit; failing that, to the one whose numbering it continues most
 * closely; on a tie, to the one of the fragment printed just before it, if that one runs into it.
 */
export function placeFragments(fragments: LocalFragment[], sectionCount: number): Placement[] {
  const placements: Placement[] = fragments.map((fragment) => {
    const next = fragment.firstSectionAfterStart;
    if (!fragment.hasStartTokens || next === null) return { fragment, start: null, reason: null };
    const start = next > 1 ? next - 1 : null;
    const reason =
      start === null
        ? 'text before the first section'
        : `it comes right before section ${next}'s heading`;
    return { fragment, start, reason };
  });
  const states = sectionStates(placements, sectionCount);
  const sections = [...states.keys()];
  const place = (placement: Placement, start: number, reason: string) => {
    placement.start = start;
    placement.reason = reason;
    addFragment(states, placement);
  };

  const verdict = (placement: Placement) => {
    const reasons = sections.map((s) => ({
      s,
      why: conflict(placement.fragment, states.get(s) ?? emptyState()),
    }));
    return {
      fits: reasons.filter((r) => r.why === null).map((r) => r.s),
      ruledOut: reasons.filter((r) => r.why !== null).map((r) => `not section ${r.s}: ${r.why}`),
    };
  };
  const index = new Map(placements.map((p, i) => [p, i]));
  const closest = (placement: Placement, fits: number[]): { s: number; why: string } | null => {
    const gaps = fits.map((s) => ({
      s,
      gap: gap(placement.fragment, states.get(s) ?? emptyState()),
    }));
    const best = Math.min(...gaps.map((g) => g.gap));
    const nearest = Number.isFinite(best) ? gaps.filter((g) => g.gap === best).map((g) => g.s) : [];
    if (nearest.length === 1 && nearest[0] !== undefined)
      return { s: nearest[0], why: 'its numbers continue' };
    const previous = printedAfter(placements, index.get(placement) ?? 0);
    if (previous !== null && nearest.includes(previous)) {
      return { s: previous, why: 'the fragment printed before it runs into it in' };
    }
    return null;
  };

  // Passes rather than one placement per scan: a copy cut into hundreds of fragments stays linear
  // in practice. Elimination goes first; numbering continuity only when nothing is certain.
  const isOpen = (p: Placement) =>
    p.fragment.hasStartTokens && p.start === null && p.reason === null;
  for (
    let pending = placements.filter(isOpen);
    pending.length > 0;
    pending = pending.filter(isOpen)
  ) {
    let placed = false;
    for (const placement of pending) {
      const { fits, ruledOut } = verdict(placement);
      if (fits.length !== 1 || fits[0] === undefined) continue;
      place(placement, fits[0], `only section ${fits[0]} fits (${ruledOut.join('; ')})`);
      placed = true;
    }
    if (placed) continue;
    for (const placement of pending) {
      const choice = closest(placement, verdict(placement).fits);
      if (!choice) continue;
      place(placement, choice.s, `${choice.why} section ${choice.s}`);
      placed = true;
    }
    if (placed) continue;
    for (const placement of pending) {
      const { fits, ruledOut } = verdict(placement);
      placement.reason =
        fits.length === 0
          ? `no section fits (${ruledOut.join('; ')})`
          : 'more than one section fits';
    }
  }
  return placements;
}
