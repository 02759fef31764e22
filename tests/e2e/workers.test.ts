import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { testDatabaseUrl } from './support/database';

/**
 * The server as `npm start` runs it on a machine with several cores: WEB_CONCURRENCY worker
 * processes on one port (scripts/serve.ts). One worker is killed under load: the other goes on
 * answering, a new one takes the dead one's place, and no request is left unanswered but those
 * the dead one was answering when it died. A re-ingest then switches every worker.
 *
 * Each request here opens its own connection (no keep-alive), so the primary hands them to the
 * workers in turn; a new address asked once per worker is therefore made once by each (`miss`
 * as many times as there are workers), which tells that every worker answered.
 */

const WORKERS = 2;
const LOOPS = 4;
const SOURCE = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');
const LISTING_ALL = '/api/outcomes?pageSize=1';
const REQUEST_TIMEOUT_MS = 10_000;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let dir: string;
let databaseUrl: string;
let server: RunningServer;

/** A GET on a connection of its own, closed after the answer. */
function getAlone(path: string): Promise<Answer> {
  return new Promise((done, fail) => {
    const request = httpGet(new URL(path, server.baseURL), { agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () =>
        done({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('timed out')));
    request.on('error', fail);
  });
}

/** The server's workers: the children of its primary process. */
async function workerPids(): Promise<number[]> {
  const children = await readFile(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8');
  return children.trim().split(/\s+/).filter(Boolean).map(Number);
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

/** Asks a never-asked address once per request, `times` times: how many answers were made. */
async function madeBy(path: string, times: number): Promise<number> {
  let made = 0;
  for (let i = 0; i < times; i += 1) {
    const answer = await getAlone(path);
    expect(answer.status, path).toBe(200);
    if (answer.headers['x-catalogue-cache'] === 'miss') made += 1;
  }
  return made;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-workers-'));
  const testDatabase = parseDatabaseUrl(testDatabaseUrl());
  if (testDatabase.provider !== 'sqlite') throw new Error('this test needs the SQLite catalogue');
  const databasePath = join(dir, 'catalogue.db');
  await copyFile(testDatabase.path, databasePath);
  databaseUrl = `file:${databasePath}`;
  server = await startServer({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: inject('distDir'),
    DATABASE_URL: databaseUrl,
    SITE_URL: 'http://localhost:3000',
    WEB_CONCURRENCY: String(WORKERS),
  });
  await until(async () => (await workerPids()).length === WORKERS, 'every worker started');
}, 90_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('workers sharing one port', () => {
  it('runs WEB_CONCURRENCY workers, each answering', async () => {
    expect(await workerPids()).toHaveLength(WORKERS);
    // Made once by each worker, then kept by each.
    expect(await madeBy('/outcomes?q=%E5%90%88%E4%BD%9C&sort=title', WORKERS * 3)).toBe(WORKERS);
  }, 60_000);

  it('answers every request while a worker is killed, and starts another in its place', async () => {
    const [victim, ...others] = await workerPids();
    if (victim === undefined) throw new Error('no worker');
    const paths = ['/outcomes/documents/88', '/outcomes?section=meetings', LISTING_ALL, '/en'];
    const answers: Array<{ startedAt: number; status: number | string }> = [];
    let running = true;
    const loop = async (offset: number) => {
      for (let i = offset; running; i += 1) {
        const startedAt = Date.now();
        const status = await getAlone(paths[i % paths.length] as string).then(
          (answer) => answer.status,
          (error: Error) => error.message,
        );
        answers.push({ startedAt, status });
      }
    };
    const load = Array.from({ length: LOOPS }, (_, i) => loop(i));
    await new Promise((wait) => setTimeout(wait, 1_000));
    const killedAt = Date.now();
    process.kill(victim, 'SIGKILL');
    // Reaped by the primary: from then on it hands no connection to the dead worker.
    await until(async () => !(await workerPids()).includes(victim), 'the dead worker reaped');
    const reapedAt = Date.now();
    await until(async () => (await workerPids()).length === WORKERS, 'a new worker started');
    const replacement = (await workerPids()).find((pid) => !others.includes(pid));
    // Load goes on until the new worker answers too: a new address made by both.
    let both = false;
    for (let attempt = 0; !both && attempt < 120; attempt += 1) {
      both = (await madeBy(`/outcomes?q=${attempt}&sort=title`, WORKERS * 2)) === WORKERS;
      if (!both) await new Promise((wait) => setTimeout(wait, 250));
    }
    running = false;
    await Promise.all(load);

    expect(replacement, 'a new worker process').toBeDefined();
    expect(both, 'the new worker answers').toBe(true);
    const before = answers.filter((a) => a.startedAt < killedAt);
    const during = answers.filter((a) => a.startedAt >= killedAt && a.startedAt < reapedAt);
    const after = answers.filter((a) => a.startedAt >= reapedAt);
    expect(before.length, 'answers before the kill').toBeGreaterThan(0);
    expect(after.length, 'answers after the kill').toBeGreaterThan(0);
    // Only a request the dead worker had in hand is lost: at most one per loop.
    const lost = answers.filter((a) => a.status !== 200);
    expect(lost.length, JSON.stringify(lost)).toBeLessThanOrEqual(LOOPS);
    expect(lost.every((a) => typeof a.status === 'string')).toBe(true);
    expect(after.filter((a) => a.status !== 200)).toEqual([]);
    console.log(
      `workers: ${answers.length} requests, ${lost.length} lost with the killed worker ` +
        `(${during.length} begun before it was reaped), ${after.length} answered after`,
    );
  }, 120_000);

  it('switches every worker to a re-ingested catalogue', async () => {
    const before = JSON.parse((await getAlone(LISTING_ALL)).body) as { total: number };
    const lines = (await readFile(SOURCE, 'utf8')).split('\n');
    const at = lines.findIndex((line) => /^26\./.test(line.trim()));
    expect(at, 'an item numbered 26 in the source').toBeGreaterThan(-1);
    lines.splice(at, 1);
    const changed = join(dir, 'xinhua-sco-outcomes-2025-09-02.txt');
    await writeFile(changed, lines.join('\n'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/db-setup.ts', '--source', changed],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: 'ignore' },
    );
    expect(await new Promise((done) => child.on('close', done))).toBe(0);
    const versions = new Set<string>();
    // A new address, so each worker makes it from the catalogue it has now.
    const path = `${LISTING_ALL}&sort=title`;
    let made = 0;
    for (let i = 0; i < WORKERS * 4; i += 1) {
      const answer = await getAlone(path);
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as { total: number }).total).toBe(before.total - 1);
      versions.add(String(answer.headers['catalogue-version']));
      if (answer.headers['x-catalogue-cache'] === 'miss') made += 1;
    }
    expect(made, 'answers made, one by each worker').toBe(WORKERS);
    expect([...versions]).toHaveLength(1);
  }, 120_000);
});
