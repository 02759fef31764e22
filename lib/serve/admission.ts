import type { ServerResponse } from 'node:http';

/**
 * At most `limit` answers in the making at once; the rest wait their turn, first come first
 * served. Rendering and better-sqlite3 share one thread, so an answer only ever gets a share of
 * it: with every request admitted at once, 200 of them each advance a little at a time and a
 * costly one (a CSV, a faceted listing) finishes only after all the others — behind a crowd,
 * seconds late. In a queue each waits for those before it and then runs at full speed, so the
 * longest wait is the queue's length times the usual answer, whatever the answer costs.
 *
 * The queue is bounded too: past `queueMax` waiting, a request is refused at once (the caller
 * answers 503) rather than kept waiting for minutes.
 */
export class AdmissionGate {
  #active = 0;
  readonly #waiting: Array<() => void> = [];

  constructor(
    readonly limit: number,
    readonly queueMax: number,
  ) {}

  /**
   * Starts `answer` now or once a place is free; its place is held until `response` closes
   * (sent, or the client gone). False, with nothing started, when the queue is full. When the
   * client leaves before `answer` starts, `answer` never runs and `dropped` is called instead:
   * whoever waits on that answer (others asking for the same address) must know it is not coming.
   */
  admit(response: ServerResponse, answer: () => void, dropped: () => void = () => {}): boolean {
    const start = () => {
      // A client that left while waiting is not answered, and holds no place.
      if (response.destroyed) {
        dropped();
        return this.#next();
      }
      this.#active += 1;
      response.once('close', () => {
        this.#active -= 1;
        this.#next();
      });
      answer();
    };
    if (this.#active < this.limit) start();
    else if (this.#waiting.length < this.queueMax) {
      this.#waiting.push(start);
      // A client that leaves while waiting gives its place in the queue back at once.
      response.once('close', () => {
        const at = this.#waiting.indexOf(start);
        if (at === -1) return;
        this.#waiting.splice(at, 1);
        dropped();
      });
    } else return false;
    return true;
  }

  #next(): void {
    if (this.#active < this.limit) this.#waiting.shift()?.();
  }
}
