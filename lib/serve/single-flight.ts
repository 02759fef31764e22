import type { KeptAnswer } from './answer-cache';

/**
 * Answers being made now, by key. A burst on one new address (a shared link) is made once: the
 * others wait for that answer instead of each taking a place at the gate for the same work.
 */
export class SingleFlight {
  readonly #inflight = new Map<string, Promise<KeptAnswer | undefined>>();

  /** The answer being made for `key`, if one is. */
  pending(key: string): Promise<KeptAnswer | undefined> | undefined {
    return this.#inflight.get(key);
  }

  /**
   * Claims `key` for the caller, who makes the answer and settles it: with the answer when any
   * visitor may be given it, else with nothing (those waiting then make their own). Call it
   * with no await since `pending`: requests resuming together (after a catalogue switch) would
   * otherwise all find nothing in flight and each make the answer.
   */
  claim(key: string): (answer: KeptAnswer | undefined) => void {
    let made: (answer: KeptAnswer | undefined) => void = () => {};
    const flight = new Promise<KeptAnswer | undefined>((resolve) => {
      made = resolve;
    });
    this.#inflight.set(key, flight);
    return (answer) => {
      if (this.#inflight.get(key) === flight) this.#inflight.delete(key);
      made(answer);
    };
  }
}
