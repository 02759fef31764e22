import { availableParallelism } from 'node:os';
import { join } from 'node:path';

/**
 * How the production server's process is started, by `npm start`, the tests and the bench
 * alike, so that what they measure is what people run.
 *
 * glibc gives each thread that allocates its own arena (64 MiB of address space); V8's compiler and collector
 * threads each take one, and their free memory is rarely handed back. Two arenas keep the
 * server's resident memory near its live data (docs/PERFORMANCE.md, soak RSS).
 */
export const SERVER_ENV = { MALLOC_ARENA_MAX: '2' } as const;

/**
 * `node …` arguments that run the server with the given arguments of its own: scripts/serve.ts
 * as compiled into plain JavaScript (scripts/compile.mjs), so it runs with plain node. V8's
 * `--optimize-for-size` grows the heap less eagerly and collects sooner, which keeps the soak's
 * peak resident memory within its budget at no cost to answers from memory; it slows renders
 * of addresses never asked for before (docs/PERFORMANCE.md, "Measured for a decision").
 */
export function serverArgs(args: readonly string[]): string[] {
  return ['--optimize-for-size', join('dist', 'scripts', 'serve.js'), ...args];
}

/** The most processes WEB_CONCURRENCY may ask for; one per core stops there too. */
export const SERVER_PROCESSES_MAX = 64;

/** How many processes answer (scripts/serve.ts): WEB_CONCURRENCY, else one per core. */
export function serverProcesses(env: NodeJS.ProcessEnv): string {
  return env.WEB_CONCURRENCY || String(Math.min(availableParallelism(), SERVER_PROCESSES_MAX));
}
