import { join } from 'node:path';

/**
 * How the production server's process is started, by `npm start`, the tests and the bench
 * alike, so that what they measure is what people run.
 *
 * glibc gives each thread that allocates its own 64 MB arena; V8's compiler and collector
 * threads each take one, and their free memory is rarely handed back. Two arenas keep the
 * server's resident memory near its live data (docs/PERFORMANCE.md, soak RSS).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' } as const;

/**
 * `node …` arguments that run the server with the given arguments of its own: scripts/serve.ts
 * as compiled into plain JavaScript (scripts/compile.mjs), so it runs with plain node. V8's
 * `--optimize-for-size` grows the heap less eagerly and collects sooner: over the bench's soak
 * the server's peak resident memory fell from about 440 to 270 MiB with no change in requests
 * per second beyond run-to-run noise, since nearly every answer is sent from the answer cache.
 * It does cost renders: a list never asked for before (the bench's cold row, 50 connections)
 * ran at 75 requests/s with it and 112–123 without, but the soak's peak then rose from 342 to
 * 494 MiB, past its budget of 350.
 */
export function serverArgs(args: readonly string[]): string[] {
  return ['--optimize-for-size', join('dist', 'scripts', 'serve.js'), ...args];
}
