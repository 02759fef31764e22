import {
  copyFile,
  mkdir,
  mkdtemp,
  open,
  readFile,
  rename,
  rm,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ANSWER_RECHECK_MS, CATALOGUE_CHECK_MS } from '@/lib/constants';
import { type ScratchCluster, startScratchCluster } from '@/scripts/harness/postgres-cluster';
import { runCommand } from '@/scripts/harness/run-command';
import { startServer } from '@/scripts/harness/server';
import { SOURCE_PATH } from '../support/source';

/**
 * A production server through faults of its database: the SQLite file corrupted, truncated,
 * moved away, replaced by another application's database or by a directory; PostgreSQL stopped
 * (a scratch cluster of the test's own, never the shared server). During each: no 5xx, every
 * answer from the catalogue loaded before (its version), marked `Catalogue-Stale`, new pages
 * saying so in their footer, readiness 200 and stale; a handful of log lines, not one per
 * request. After the repair: confirmed again within CATALOGUE_CHECK_MS + 1 s, and an ingest
 * is picked up as ever. An ingest tried during the PostgreSQL fault fails and changes nothing.
 */

const RECOVERY_MS = CATALOGUE_CHECK_MS + 1_000;
// A cached address, new addresses of every kind, the API.
const CACHED = '/outcomes/documents/88';
const NEW = [
  '/outcomes?q=%E8%AE%BA%E5%9D%9B',
  '/en/outcomes?place=shenyang',
  '/',
  '/api/outcomes?pageSize=3',
];
const STALE = /^since \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z; [a-z ]+$/;

interface Served {
  baseURL: string;
  stop(): Promise<void>;
  /** Lines the server has logged so far (stdout and stderr). */
  log: string[];
}

async function serve(databaseUrl: string): Promise<Served> {
  const log: string[] = [];
  const server = await startServer(
    {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: inject('distDir'),
      DATABASE_URL: databaseUrl,
      SITE_URL: 'http://localhost:3000',
    },
    undefined,
    (line) => {
      if (line.trim() !== '') log.push(line);
    },
  );
  return { baseURL: server.baseURL, stop: server.stop, log };
}

interface Answer {
  path: string;
  status: number;
  version: string | null;
  stale: string | null;
  body: string;
}

async function ask(server: Served, path: string): Promise<Answer> {
  const response = await fetch(`${server.baseURL}${path}`);
  return {
    path,
    status: response.status,
    version: response.headers.get('catalogue-version'),
    stale: response.headers.get('catalogue-stale'),
    body: await response.text(),
  };
}

async function readiness(server: Served) {
  const response = await fetch(`${server.baseURL}/readyz`);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Every address answered 200 from `version`, marked stale for `reason`; new pages say so. */
async function expectStale(server: Served, version: string, reason: string) {
  for (const path of [CACHED, ...NEW]) {
    const answer = await ask(server, path);
    expect(answer.status, path).toBe(200);
    expect(answer.version, path).toBe(version);
    expect(answer.stale, path).toMatch(STALE);
    expect(answer.stale, path).toContain(`; ${reason}`);
  }
  const page = await ask(server, '/outcomes?q=%E5%90%88%E4%BD%9C');
  expect(page.body).toContain('本页依据最后一次载入的数据生成，内容可能不是最新的');
  const ready = await readiness(server);
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({
    ready: true,
    version,
    stale: { since: expect.any(String), reason },
    lastCheck: { ok: false, reason },
  });
}

/** Polls readiness until it is no longer stale; the time that took, in ms. */
async function untilConfirmed(server: Served, from: number): Promise<number> {
  while (Date.now() - from < 30_000) {
    const answer = await ask(server, CACHED);
    if (answer.status === 200 && answer.stale === null) return Date.now() - from;
    expect(answer.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Number.POSITIVE_INFINITY;
}

async function expectConfirmed(server: Served, version: string) {
  for (const path of [CACHED, ...NEW]) {
    const answer = await ask(server, path);
    expect(answer.status, path).toBe(200);
    expect(answer.version, path).toBe(version);
    expect(answer.stale, path).toBeNull();
  }
  expect((await readiness(server)).body).toMatchObject({ ready: true, version, stale: false });
}

async function shorterList(dir: string): Promise<string> {
  const lines = (await readFile(SOURCE_PATH, 'utf8')).split('\n');
  const at = lines.findIndex((line) => line.trim() === '26.上海合作组织成员国科技部长第九次会议');
  expect(at).toBeGreaterThan(-1);
  lines.splice(at, 1);
  const path = join(dir, 'xinhua-sco-outcomes-2025-09-02.txt');
  await writeFile(path, lines.join('\n'));
  return path;
}

const setup = (databaseUrl: string, source: string) =>
  runCommand('npm', ['run', '--silent', 'db:setup', '--', '--source', source], {
    ...process.env,
    DATABASE_URL: databaseUrl,
  });

describe('SQLite: the last good catalogue through faults of the file', () => {
  let dir: string;
  let path: string;
  let server: Served;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'catalogue-faults-'));
    path = join(dir, 'catalogue.db');
    expect(await setup(`file:${path}`, SOURCE_PATH)).toBe(0);
    await copyFile(path, join(dir, 'good.db'));
    server = await serve(`file:${path}`);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const FAULTS: ReadonlyArray<[string, (path: string) => Promise<void>, string]> = [
    [
      'corrupted (23 bytes at offset 100)',
      async (file) => {
        const handle = await open(file, 'r+');
        await handle.write(Buffer.alloc(23, 0xff), 0, 23, 100);
        await handle.close();
      },
      'database unreadable',
    ],
    ['truncated to 0 bytes', (file) => truncate(file, 0), 'not a catalogue'],
    ['moved away', (file) => rename(file, `${file}.away`), 'database file missing'],
    [
      'replaced by another application’s database',
      async (file) => {
        await rm(file);
        const other = new Database(file);
        other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
        other.close();
      },
      'not a catalogue',
    ],
    [
      'replaced by a directory (unreadable)',
      (file) => rm(file).then(() => mkdir(file)),
      'database unreadable',
    ],
  ];

  it.each(FAULTS)(
    '%s: served stale, no 5xx; repaired, confirmed within the bound',
    async (_, fault, reason) => {
      const before = await ask(server, CACHED);
      expect(before.status).toBe(200);
      expect(before.stale).toBeNull();
      const version = before.version as string;
      const logged = server.log.length;

      await fault(path);
      // Answers from memory trust the version found current for this long (lib/serve/server.ts).
      await new Promise((resolve) => setTimeout(resolve, ANSWER_RECHECK_MS * 2));
      await expectStale(server, version, reason);
      // A burst during the fault: answered, and logged once, not per request.
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, i) => ask(server, NEW[i % NEW.length] as string)),
      );
      expect(burst.map((answer) => answer.status)).toEqual(burst.map(() => 200));

      await rm(path, { recursive: true, force: true });
      await rm(`${path}.away`, { force: true });
      await copyFile(join(dir, 'good.db'), path);
      const took = await untilConfirmed(server, Date.now());
      console.log(`SQLite ${reason}: confirmed again ${took} ms after the repair`);
      expect(took).toBeLessThanOrEqual(RECOVERY_MS);
      await expectConfirmed(server, version);
      const lines = server.log.slice(logged);
      expect(lines.filter((line) => /catalogue fault/.test(line))).toHaveLength(1);
      expect(lines.filter((line) => /catalogue recovered/.test(line))).toHaveLength(1);
      expect(lines.length).toBeLessThanOrEqual(3);
    },
    60_000,
  );

  it('after the faults, an ingest is picked up as ever', async () => {
    const before = await ask(server, '/api/outcomes?pageSize=1');
    expect(await setup(`file:${path}`, await shorterList(dir))).toBe(0);
    const after = await ask(server, '/api/outcomes?pageSize=1');
    expect(after.version).not.toBe(before.version);
    expect((JSON.parse(after.body) as { total: number }).total).toBe(
      (JSON.parse(before.body) as { total: number }).total - 1,
    );
  }, 120_000);
});

describe('PostgreSQL stopped: the last good catalogue, then the database again', () => {
  let cluster: ScratchCluster;
  let server: Served;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'catalogue-faults-pg-'));
    cluster = await startScratchCluster();
    expect(await setup(cluster.url, SOURCE_PATH)).toBe(0);
    server = await serve(cluster.url);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await cluster?.remove();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('stopped: stale answers, no 5xx, an ingest refused untouched; started: confirmed within the bound, a new ingest switched to', async () => {
    const before = await ask(server, CACHED);
    expect(before.status).toBe(200);
    const version = before.version as string;
    expect((await readiness(server)).body).toMatchObject({
      ready: true,
      database: 'postgresql',
      stale: false,
    });
    const logged = server.log.length;

    await cluster.stop();
    // The first check after the stop finds it (at most CATALOGUE_CHECK_MS later).
    await new Promise((resolve) => setTimeout(resolve, CATALOGUE_CHECK_MS + 100));
    await expectStale(server, version, 'database unreachable');
    const shorter = await shorterList(dir);
    expect(await setup(cluster.url, shorter)).not.toBe(0);
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => ask(server, NEW[i % NEW.length] as string)),
    );
    expect(burst.map((answer) => answer.status)).toEqual(burst.map(() => 200));

    await cluster.start();
    const took = await untilConfirmed(server, Date.now());
    console.log(`PostgreSQL: confirmed again ${took} ms after the server was back`);
    expect(took).toBeLessThanOrEqual(RECOVERY_MS);
    // The failed ingest left the catalogue as it was: the same version is confirmed.
    await expectConfirmed(server, version);
    const lines = server.log.slice(logged);
    expect(lines.filter((line) => /catalogue fault/.test(line)).length).toBeGreaterThanOrEqual(1);
    expect(lines.filter((line) => /catalogue recovered/.test(line))).toHaveLength(1);
    expect(lines.length).toBeLessThanOrEqual(5);

    expect(await setup(cluster.url, shorter)).toBe(0);
    const ingested = Date.now();
    let switched: Answer | undefined;
    while (!switched && Date.now() - ingested < CATALOGUE_CHECK_MS + 5_000) {
      const answer = await ask(server, '/api/outcomes?pageSize=1');
      if (answer.version !== version) switched = answer;
    }
    expect(switched?.status).toBe(200);
    expect(switched?.stale).toBeNull();
  }, 120_000);
});
