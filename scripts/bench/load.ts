import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { onCleanup, spawnOwned } from '@/scripts/harness/processes';

/**
 * Load from wrk (Debian's, written in C): one Node process driving the load saturates at
 * 6–11k requests/s on this machine, below what nginx and Node itself serve, so every row
 * measured its generator. wrk runs one thread per core and reports through
 * ./wrk-report.lua, which adds address lists and answer counts only to the rows that need them.
 */

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  /** Connection errors (connect, read, write) and timeouts. */
  errors: number;
  timeouts: number;
  /** Answers with a status of 400 or more (wrk's count), or outside 2xx when counted. */
  non2xx: number;
  byClass?: Record<string, number>;
  /** Answers by X-Catalogue-Cache (`hit`, `miss`, `none`), when counted. */
  cache?: Record<string, number>;
  /** Requests that asked an address again, in a run that asks each once. */
  repeats: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Paths cycled through by every connection (the soak's mix). */
  paths?: readonly string[];
  /** Paths each asked at most once (the cold row's new addresses). */
  once?: readonly string[];
  /** Count status classes and X-Catalogue-Cache of every answer. */
  count?: boolean;
}

export const WRK_THREADS = 2;
const TIMEOUT_S = 30;
const SCRIPT = fileURLToPath(new URL('wrk-report.lua', import.meta.url));
const WRK = '/usr/bin/wrk';

const ReportSchema = z.object({
  requests: z.number(),
  durationUs: z.number().positive(),
  p50Us: z.number(),
  p99Us: z.number(),
  connect: z.number(),
  read: z.number(),
  write: z.number(),
  status: z.number(),
  timeout: z.number(),
  repeats: z.number(),
  classes: z.record(z.string(), z.number()),
  cache: z.record(z.string(), z.number()),
});

export function wrkVersion(): string {
  const probe = spawnSync(WRK, ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error(`${WRK} not found: install it with \`apt-get install wrk\``);
  // `wrk --version` prints its version, then a copyright line, and exits 1.
  const first = `${probe.stdout}${probe.stderr}`.split('\n')[0] ?? '';
  return first.replace(/\s+Copyright.*$/, '').trim() || 'wrk';
}

/** One wrk run against a loopback URL; refuses anything else. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { url, seconds } = options;
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`refusing to load ${url}: only 127.0.0.1`);
  const threads = Math.min(WRK_THREADS, options.connections);
  const env: NodeJS.ProcessEnv = { ...process.env, WRK_THREADS: String(threads) };
  const list = options.once ?? options.paths;
  if (list) {
    const dir = await mkdtemp(join(tmpdir(), 'bench-wrk-'));
    onCleanup(() => rm(dir, { recursive: true, force: true }));
    env.WRK_PATHS = join(dir, 'paths.txt');
    await writeFile(env.WRK_PATHS, `${list.join('\n')}\n`);
    if (options.once) env.WRK_ONCE = '1';
  }
  if (options.count) env.WRK_COUNT = '1';
  const args = [
    `-t${threads}`,
    `-c${options.connections}`,
    `-d${Math.round(seconds)}s`,
    `--timeout`,
    `${TIMEOUT_S}s`,
    '-s',
    SCRIPT,
    url,
  ];
  const output = await run(args, env);
  const line = output.split('\n').find((l) => l.startsWith('wrk-report '));
  if (!line) throw new Error(`wrk gave no report:\n${output.slice(-2_000)}`);
  const report = ReportSchema.parse(JSON.parse(line.slice('wrk-report '.length)));
  const classes = report.classes;
  const counted = Object.values(classes).reduce((a, b) => a + b, 0);
  return {
    requests: report.requests,
    rps: report.requests / (report.durationUs / 1e6),
    p50: report.p50Us / 1_000,
    p99: report.p99Us / 1_000,
    errors: report.connect + report.read + report.write + report.timeout,
    timeouts: report.timeout,
    non2xx: counted > 0 ? counted - (classes['2xx'] ?? 0) : report.status,
    byClass: counted > 0 ? classes : undefined,
    cache: counted > 0 ? report.cache : undefined,
    repeats: report.repeats,
  };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const child = spawnOwned(WRK, args, env, ['ignore', 'pipe', 'pipe']);
  let output = '';
  const keep = (data: Buffer) => {
    output += String(data);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`wrk exited with ${code}:\n${output.slice(-2_000)}`));
    });
  });
}
