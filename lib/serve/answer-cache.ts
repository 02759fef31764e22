import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/**
 * Finished answers kept in memory, keyed by the catalogue version they were made from, the
 * canonical address and the request headers that vary them, and bounded in bytes: the least
 * recently used go first once the budget is spent. A new catalogue version drops everything.
 * Only answers a shared cache could keep are kept (200, no cookie, not private or no-store).
 */

export interface Answer {
  status: number;
  /** Header names and values as they will be sent, in order, repeated names repeated. */
  headers: Array<[string, string]>;
  body: Buffer;
}

export interface KeptAnswer extends Answer {
  etag: string;
  /** The body gzipped once, when the type compresses and the result is smaller. */
  gzip: Buffer | undefined;
  bytes: number;
}

const COMPRESSIBLE =
  /^(text\/|application\/(json|xml|atom\+xml|javascript|x-research-info-systems|x-bibtex|vnd\.citationstyles\.csl\+json)|image\/svg\+xml)/;
/** Below this a gzip stream costs more than it saves. */
const GZIP_MIN_BYTES = 512;

export function headerValue(headers: ReadonlyArray<[string, string]>, name: string): string {
  return headers
    .filter(([key]) => key.toLowerCase() === name)
    .map(([, value]) => value)
    .join(', ');
}

/** The validator of a body: weak, since the same body may be sent gzipped or not. */
function etagOf(body: Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** An answer with its validator and compressed form, ready to send any number of times. */
export function prepared(answer: Answer): KeptAnswer {
  const type = headerValue(answer.headers, 'content-type');
  const zipped =
    answer.body.length >= GZIP_MIN_BYTES && COMPRESSIBLE.test(type)
      ? gzipSync(answer.body)
      : undefined;
  const gzip = zipped && zipped.length < answer.body.length ? zipped : undefined;
  return {
    ...answer,
    etag: etagOf(answer.body),
    gzip,
    bytes: answer.body.length + (gzip?.length ?? 0) + 512,
  };
}

/** Whether a shared cache may keep the answer: a 200 with no cookie, not private or no-store. */
export function mayKeep(answer: Answer): boolean {
  if (answer.status !== 200 || headerValue(answer.headers, 'set-cookie') !== '') return false;
  return !/\b(no-store|private)\b/i.test(headerValue(answer.headers, 'cache-control'));
}

export class AnswerCache {
  readonly #budget: number;
  readonly #entries = new Map<string, KeptAnswer>();
  #version: string | undefined;
  #bytes = 0;

  constructor(budgetBytes: number) {
    this.#budget = budgetBytes;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The answer kept for this key under this version; most recently used afterwards. */
  get(version: string, key: string): KeptAnswer | undefined {
    if (version !== this.#version) return undefined;
    const kept = this.#entries.get(key);
    if (kept) {
      this.#entries.delete(key);
      this.#entries.set(key, kept);
    }
    return kept;
  }

  /** Keeps an answer made from `version`; a different version than the kept ones replaces them all. */
  set(version: string, key: string, answer: KeptAnswer): void {
    if (version !== this.#version) this.clear(version);
    // One answer may not take more than an eighth of the budget: a huge export stays uncached.
    if (answer.bytes > this.#budget / 8) return;
    const previous = this.#entries.get(key);
    if (previous) {
      this.#entries.delete(key);
      this.#bytes -= previous.bytes;
    }
    this.#entries.set(key, answer);
    this.#bytes += answer.bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#budget) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  /** Drops everything, as when an ingest has made a new catalogue version current. */
  clear(version?: string): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#version = version;
  }
}
