import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type Catalogue,
  killIngestAfter,
  readCatalogue,
  shorterCopy,
  timeIngest,
} from '@/tests/support/ingest-kills';
import { runCommand } from '../run-command';
import { freePort, onCleanup, spawnOwned, waitUntilAnswering } from './processes';
import type { Row } from './table';

const SOURCE = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');

/**
 * SIGKILL for `db:setup` at `kills` random moments, against a second server on a copy of the
 * catalogue: after each, the file must hold the old catalogue or the new, complete and sound
 * (tests/support/ingest-kills.ts), and the server must answer from it.
 */
export async function killRows(databasePath: string, env: NodeJS.ProcessEnv, kills: number) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-kills-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'catalogue.db');
  await copyFile(databasePath, path);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const server = spawnOwned(
    process.execPath,
    [
      '--import',
      'tsx',
      join('scripts', 'serve.ts'),
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { ...env, DATABASE_URL: `file:${path}` },
  );
  await waitUntilAnswering(`${baseURL}/robots.txt`, server);

  const shorter = await shorterCopy(SOURCE, dir);
  type Version = 'shorter' | 'original';
  const window = await timeIngest(path, shorter);
  const shorterCatalogue = readCatalogue(path);
  await timeIngest(path, SOURCE);
  const loaded: Record<Version, Catalogue> = {
    shorter: shorterCatalogue,
    original: readCatalogue(path),
  };
  const seen = { old: 0, new: 0, midWrite: 0, finished: 0 };
  const failures: string[] = [];
  let held: Version = 'original';
  console.log(
    `kills: ${kills}, an unkilled ingest writes from ${window.writeStartsMs.toFixed(0)} ms to ${window.endsMs.toFixed(0)} ms`,
  );
  for (let kill = 0; kill < kills; kill += 1) {
    const wanted: Version = held === 'original' ? 'shorter' : 'original';
    // Half over the whole run, half over the write itself, where a kill can do harm.
    const [from, to] = kill % 2 === 0 ? [0, window.endsMs] : [window.writeStartsMs, window.endsMs];
    const delayMs = Math.round(from + Math.random() * (to - from));
    const what = `kill ${kill + 1} at ${delayMs} ms`;
    try {
      const result = await killIngestAfter(path, wanted === 'shorter' ? shorter : SOURCE, delayMs);
      const now: Version = result.left.digest === loaded[wanted].digest ? wanted : held;
      if (result.left.digest !== loaded[now].digest) failures.push(`${what}: a mixed catalogue`);
      const answer = await fetch(`${baseURL}/api/outcomes?pageSize=1`);
      const total = ((await answer.json()) as { total: number }).total;
      if (answer.status !== 200 || total !== loaded[now].items) {
        failures.push(
          `${what}: served ${answer.status} with ${total} items, the file holds ${loaded[now].items}`,
        );
      }
      seen[now === held ? 'old' : 'new'] += 1;
      if (result.midWrite) seen.midWrite += 1;
      if (result.finished) seen.finished += 1;
      held = now;
    } catch (error) {
      failures.push(`${what}: ${(error as Error).message}`);
    }
  }
  const row: Row = {
    measure: 'ingest killed with SIGKILL',
    subject: `${kills} random moments, server on a copy`,
    errors: failures.length,
    goal: 'old or new, complete, integrity ok, served',
    met: failures.length === 0,
    notes:
      `old kept ${seen.old}, new in place ${seen.new}; ${seen.midWrite} during the write, ` +
      `${seen.finished} after it ended${failures.length > 0 ? `; ${failures.slice(0, 3).join('; ')}` : ''}`,
  };
  return row;
}

/**
 * The hostile-input properties of `npm test` (tests/e2e/hostile-input.test.ts) with `runs` cases
 * each instead of the suite's default, against the end-to-end suite's own build and server.
 */
export async function hostileRow(runs: number): Promise<Row> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-hostile-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const report = join(dir, 'report.json');
  const started = performance.now();
  const status = await runCommand(
    join('node_modules', '.bin', 'vitest'),
    ['run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/hostile-input.test.ts'],
    { ...process.env, HOSTILE_RUNS: String(runs), HOSTILE_REPORT: report },
  );
  const tally = JSON.parse(await readFile(report, 'utf8').catch(() => '{}')) as {
    properties?: number;
    cases?: number;
    requests?: number;
  };
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  return {
    measure: 'hostile input (fast-check)',
    subject: `${runs} cases per property, every route`,
    errors: status === 0 ? 0 : 1,
    goal: 'every answer sound, none 5xx',
    met: status === 0,
    notes: `${tally.cases ?? '?'} cases in ${tally.properties ?? '?'} properties, ${tally.requests ?? '?'} requests, ${minutes} min${status === 0 ? '' : '; a property failed: see the output above'}`,
  };
}
