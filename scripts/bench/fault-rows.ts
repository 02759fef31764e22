import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type KillRound, killIngests } from '@/scripts/harness/ingest-kills';
import { onCleanup } from '@/scripts/harness/processes';
import { runCommand } from '@/scripts/harness/run-command';
import { startServer } from '@/scripts/harness/server';
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
  const server = await startServer({ ...env, DATABASE_URL: `file:${path}` });
  onCleanup(server.stop);

  console.log(`kills: ${kills}`);
  const rounds = await killIngests({
    databasePath: path,
    source: SOURCE,
    scratchDir: dir,
    kills,
    // Half over the whole run, half over the write itself, where a kill can do harm.
    delay: ({ writeStartsMs, endsMs }, kill) => {
      const from = kill % 2 === 0 ? 0 : writeStartsMs;
      return from + Math.random() * (endsMs - from);
    },
    servedTotal: async () => {
      const answer = await fetch(`${server.baseURL}/api/outcomes?pageSize=1`);
      return answer.status === 200 ? ((await answer.json()) as { total: number }).total : -1;
    },
  });
  const failures = rounds
    .filter((round) => round.outcome === 'broken' || round.served !== round.items)
    .map(
      (round) => `${round.what}: ${round.problem ?? `served ${round.served} of ${round.items}`}`,
    );
  const seen = (test: (round: KillRound) => boolean) => rounds.filter(test).length;
  const row: Row = {
    measure: 'ingest killed with SIGKILL',
    subject: `${kills} random moments, server on a copy`,
    errors: failures.length,
    goal: 'old or new, complete, integrity ok, served',
    met: failures.length === 0,
    notes:
      `old kept ${seen((r) => r.outcome === 'old')}, new in place ${seen((r) => r.outcome === 'new')}; ` +
      `${seen((r) => r.midWrite)} during the write, ${seen((r) => r.finished)} after it ended` +
      (failures.length > 0 ? `; ${failures.slice(0, 3).join('; ')}` : ''),
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
