// Every bound on what one request may cost, in one place (docs/SECURITY.md, Caps).

/** Where the catalogue lives unless DATABASE_URL says otherwise (var/ is git-ignored). */
export const DEFAULT_DATABASE_URL = 'file:./var/catalogue.db';

// ── An address ────────────────────────────────────────────────────────────────────────────

/**
 * Longest address (path and query, as sent) the proxy serves; longer ones get 414. An address
 * holding every filter at its cap, all valid, is under 4 000 characters. Node's HTTP server
 * answers 431 by itself, before any of our code, once the request line and headers pass 16 KiB
 * (--max-http-header-size), so this cap covers the range between the two.
 */
export const URL_LENGTH_MAX = 8_192;

/** Values accepted per multi-valued filter (section, place, topic…); the rest are reported. */
export const FILTER_VALUES_MAX = 50;

// ── A search ──────────────────────────────────────────────────────────────────────────────

/** Free-text queries are cut to this many characters before they are read (lib/search). */
export const QUERY_MAX_LENGTH = 64;

/** Words a query may hold (after Chinese is split into words); further words are ignored. */
export const QUERY_TERMS_MAX = 6;

// ── What an answer holds ──────────────────────────────────────────────────────────────────

export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;

/** Pages beyond this are refused: no person pages that far. */
export const PAGE_MAX = 5_000;

/** One CSV export holds at most this many rows; the list declares 313, the synthetic benchmark has 100 000. */
export const EXPORT_ROWS_MAX = 10_000;

/** Related items shown beside one outcome, per kind of relation. */
export const RELATED_PER_KIND = 6;

/** Items listed on one place's page; its full list is a filtered listing (place=…). */
export const PLACE_ITEMS_MAX = 200;

// ── The server ────────────────────────────────────────────────────────────────────────────

/**
 * Answers the server makes at once (lib/serve/admission.ts); the rest queue in arrival order.
 * Rendering shares one thread, so more at once only slows each of them down.
 */
export const RUNNING_ANSWERS_MAX = 4;

/** Requests that may wait for a place; the next one gets 503 with Retry-After at once. */
export const QUEUED_ANSWERS_MAX = 1_000;

/**
 * How long Next.js may go silent while making one answer (lib/serve/fill.ts) before it is
 * given up with a 500: everyone else asking for that address waits on it, so a render that
 * never ends must not hold them. A process's first answer waits for its catalogue to be read:
 * over 30 s for the bench's 100,000 items with two processes reading at once, hence minutes.
 */
export const ANSWER_MAKE_TIMEOUT_MS = 300_000;

/**
 * Memory for finished answers kept by the production server (lib/serve/answer-cache.ts): about
 * 500 pages with their gzipped copies, the busy part of the real catalogue in both languages;
 * what falls out is made again in milliseconds. Bounded so the server stays within 350 MiB;
 * the workers of one server (scripts/serve.ts) share it.
 */
export const ANSWER_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * How long an answer from memory trusts the catalogue version the server last found current
 * (lib/serve/server.ts): within it a repeated address is sent without asking again, so the
 * check costs one per interval, not one per answer. It adds at most this to how long after
 * an ingest the old catalogue is still answered from.
 */
export const ANSWER_RECHECK_MS = 10;

/** Addresses whose canonical form the server remembers, so a repeated one is not read again. */
export const KNOWN_ADDRESSES_MAX = 10_000;

/**
 * How often a server on PostgreSQL asks whether an ingest has replaced the catalogue (one
 * single-row query); on SQLite each answer made looks (one stat), and answers from memory
 * look at most every ANSWER_RECHECK_MS. The bound on how long after an ingest a process still
 * answers from the catalogue before it.
 */
export const CATALOGUE_CHECK_MS = 1_000;

/**
 * While the database cannot be read the server answers from the last catalogue it loaded, and
 * the log says so when the fault begins, when it ends, and this often while it lasts.
 */
export const CATALOGUE_STALE_LOG_MS = 5 * 60_000;

/**
 * How long the web process waits for a PostgreSQL connection before it counts the database as
 * unreachable (and answers from the catalogue it has): a host that drops packets would
 * otherwise hold every check, and the requests waiting on it, for the operating system's timeout.
 */
export const DATABASE_CONNECT_TIMEOUT_MS = 5_000;
