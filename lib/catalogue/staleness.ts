import { CATALOGUE_STALE_LOG_MS } from '@/lib/constants';

/**
 * Why the database could not be read, in words any visitor may see: the header and the
 * readiness answer are public, so they name the kind of fault, never a path, host or query.
 * The log, which only operators read, gets the error itself.
 */
export type FaultReason =
  | 'database unreachable'
  | 'database file missing'
  | 'database unreadable'
  | 'not a catalogue'
  | 'database address invalid'
  | 'read failed';

const REASONS: ReadonlyArray<[RegExp, FaultReason]> = [
  [/^CatalogueUnavailableError\b/, 'database file missing'],
  [/^DatabaseUrlError\b/, 'database address invalid'],
  [/^CatalogueEmptyError\b|no such table|does not exist|P2021|P2022/i, 'not a catalogue'],
  [
    /can't reach database|ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|timeout|terminat|P1001|P1017|closed/i,
    'database unreachable',
  ],
  [
    /SQLITE_|malformed|not a database|disk I\/O|EACCES|EISDIR|unable to open/i,
    'database unreadable',
  ],
];

export function faultReason(error: unknown): FaultReason {
  const code = (error as { code?: unknown } | null)?.code;
  const text =
    error instanceof Error
      ? `${error.name}: ${typeof code === 'string' ? `${code} ` : ''}${error.message}`
      : `Error: ${String(error)}`;
  return REASONS.find(([pattern]) => pattern.test(text))?.[1] ?? 'read failed';
}

/**
 * The error in one line for the log. Prisma's messages open with the call site and end with
 * the database's own words, which are the part that says what happened.
 */
function faultDetail(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error))
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const code = (error as { code?: unknown } | null)?.code;
  return `${typeof code === 'string' ? `${code}: ` : ''}${lines.at(-1) ?? ''}`;
}

/** The last look at the database: when, and whether it answered with a catalogue. */
export interface CheckResult {
  at: number;
  ok: boolean;
  reason?: FaultReason;
}

/** A fault of the database: since when, and of what kind. With a catalogue loaded, it is served stale. */
export interface DatabaseFault {
  since: number;
  reason: FaultReason;
}

/**
 * Whether the catalogue served is the one the database holds, and the log of it: one line when
 * a fault begins, one when its kind changes, one every CATALOGUE_STALE_LOG_MS while it lasts,
 * one when the database answers again — never one per request.
 */
export class Staleness {
  lastCheck: CheckResult | undefined;
  fault: DatabaseFault | undefined;
  #loggedAt = 0;

  constructor(private readonly log: (line: string) => void = console.error) {}

  /** A check failed; `serving` is the version still answered from, if any. */
  failed(error: unknown, at: number, serving: string | undefined): void {
    const reason = faultReason(error);
    const detail = faultDetail(error);
    this.lastCheck = { at, ok: false, reason };
    const what = serving
      ? `serving the last good catalogue (version ${serving})`
      : 'no catalogue to serve (503)';
    if (!this.fault || this.fault.reason !== reason) {
      const first = !this.fault;
      this.fault = { since: this.fault?.since ?? at, reason };
      this.#loggedAt = at;
      this.log(`catalogue ${first ? 'fault' : 'fault changed'}: ${reason}, ${what}: ${detail}`);
    } else if (at - this.#loggedAt >= CATALOGUE_STALE_LOG_MS) {
      this.#loggedAt = at;
      const minutes = Math.round((at - this.fault.since) / 60_000);
      this.log(`catalogue fault persists (${minutes} min): ${reason}, ${what}: ${detail}`);
    }
  }

  /** A check found the database and its catalogue; `serving` is the version answered from now. */
  confirmed(at: number, serving: string): void {
    this.lastCheck = { at, ok: true };
    if (!this.fault) return;
    const seconds = ((at - this.fault.since) / 1000).toFixed(1);
    this.fault = undefined;
    this.log(`catalogue recovered after ${seconds} s: serving version ${serving}`);
  }
}
