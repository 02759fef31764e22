import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { STALE_HEADER } from '@/lib/serve/health';
import { type KillRound, killIngests } from '@/scripts/harness/ingest-kills';
import { startScratchCluster } from '@/scripts/harness/postgres-cluster';
import { onCleanup } from '@/scripts/harness/processes';
import { runCommand } from '@/scripts/harness/run-command';
import { startServer } from '@/scripts/harness/server';
import { encode, ITEM, SOAK_PATHS } from './http-rows';
import { type AnswerHeaders, load } from './load';
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

/** Connections of the "database down" row, as the issue states its goal. */
const FAULT_CONNECTIONS = 50;
// Load before the stop and after the start, around the fault itself.
const FAULT_MARGIN_S = 5;

/**
 * PostgreSQL stopped for `seconds` under FAULT_CONNECTIONS connections over the soak's mix of
 * addresses, on a scratch cluster of its own (never the machine's shared server): every answer
 * must be a 2xx from the catalogue loaded before, marked stale while the database is away;
 * after it is started again, the first unmarked answer within CATALOGUE_CHECK_MS + 1 s; and the
 * server's log a handful of lines, not one per request.
 */
export async function databaseDownRow(env: NodeJS.ProcessEnv, seconds: number): Promise<Row> {
  const cluster = await startScratchCluster();
  const status = await runCommand('npm', ['run', '--silent', 'db:setup'], {
    ...env,
    DATABASE_URL: cluster.url,
  });
  if (status !== 0) throw new Error(`db:setup into the scratch cluster failed (${status})`);
  const log: string[] = [];
  const server = await startServer({ ...env, DATABASE_URL: cluster.url }, undefined, (line) =>
    log.push(line),
  );
  onCleanup(server.stop);
  const item = await fetch(`${server.baseURL}${encode(ITEM)}`);
  const version = item.headers.get('catalogue-version');

  const versions = new Set<string>();
  let stale = 0;
  let down = false;
  let unmarkedWhileDown = 0;
  const onAnswer = (_status: number, headers: AnswerHeaders) => {
    const stated = headers['catalogue-version'] ?? headers['Catalogue-Version'];
    if (typeof stated === 'string') versions.add(stated);
    const marked = headers[STALE_HEADER.toLowerCase()] ?? headers[STALE_HEADER];
    if (marked) stale += 1;
    else if (down) unmarkedWhileDown += 1;
  };
  console.log(
    `database down: PostgreSQL stopped ${seconds} s under ${FAULT_CONNECTIONS} connections`,
  );
  const loading = load({
    url: server.baseURL,
    connections: FAULT_CONNECTIONS,
    seconds: seconds + 2 * FAULT_MARGIN_S,
    paths: SOAK_PATHS.map(encode),
    onAnswer,
  });
  await sleep(FAULT_MARGIN_S * 1_000);
  const logBefore = log.length;
  await cluster.stop();
  // Answers already under way when the stop returned may still be unmarked for one check.
  await sleep(CATALOGUE_CHECK_MS + 500);
  down = true;
  await sleep(seconds * 1_000 - CATALOGUE_CHECK_MS - 500);
  down = false;
  await cluster.start();
  const started = performance.now();
  let recoveredMs = Number.POSITIVE_INFINITY;
  while (performance.now() - started < 30_000) {
    const answer = await fetch(`${server.baseURL}${encode(ITEM)}`);
    await answer.arrayBuffer();
    if (answer.status === 200 && !answer.headers.has(STALE_HEADER)) {
      recoveredMs = performance.now() - started;
      break;
    }
    await sleep(20);
  }
  const logLines = log.length - logBefore;
  const result = await loading;
  await server.stop();
  await cluster.remove();
  const c = result.byClass;
  const failures = result.errors + result.timeouts + c['5xx'];
  const bound = CATALOGUE_CHECK_MS + 1_000;
  const met =
    failures === 0 &&
    unmarkedWhileDown === 0 &&
    versions.size === 1 &&
    versions.has(version ?? '') &&
    recoveredMs <= bound &&
    logLines <= 5;
  console.log(
    `  ${result.requests} requests, 5xx ${c['5xx']}, ${stale} marked stale, ` +
      `recovered in ${Math.round(recoveredMs)} ms, ${logLines} log lines`,
  );
  return {
    measure: 'database down under load',
    subject: `PostgreSQL stopped ${seconds} s, ${FAULT_CONNECTIONS} conn, soak mix`,
    rps: result.rps,
    p50: result.p50,
    p99: result.p99,
    errors: failures,
    non2xx: result.non2xx,
    goal: `0 × 5xx, one version, stale marked; back ≤ ${bound} ms; ≤ 5 log lines`,
    met,
    notes:
      `${result.requests} requests; 2xx ${c['2xx']}, 5xx ${c['5xx']}, ${result.errors} errors, ` +
      `${result.timeouts} timeouts; ${stale} marked stale, ${unmarkedWhileDown} unmarked while down; ` +
      `versions ${versions.size}; first unmarked answer ${Math.round(recoveredMs)} ms after the start; ` +
      `${logLines} log lines during the fault`,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
