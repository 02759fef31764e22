import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { createScratchDatabase, type ScratchDatabase } from '@/lib/db/postgres';
import { runCommand } from '@/scripts/harness/run-command';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { POSTGRES_HOW_TO, requirement } from '../support/requirement';
import { SOURCE_PATH } from '../support/source';

/**
 * Scale-out on PostgreSQL: two web processes from one build, one database. A re-ingest of a
 * changed list switches both: every answer wholly old or wholly new, then all new within the
 * bound the servers poll at (CATALOGUE_CHECK_MS) plus a load. Needs TEST_POSTGRES_URL (.ci/run
 * starts a server); skipped, saying so, without one, and failed without one when CI is set.
 */

const serverUrl = process.env.TEST_POSTGRES_URL;
const hasServer = requirement('PostgreSQL', Boolean(serverUrl), POSTGRES_HOW_TO);
const BOUND_MS = CATALOGUE_CHECK_MS + 5_000;

let dir: string;
let database: ScratchDatabase;
const servers: RunningServer[] = [];

async function setup(source: string): Promise<number | NodeJS.Signals> {
  return runCommand('npm', ['run', '--silent', 'db:setup', '--', '--source', source], {
    ...process.env,
    DATABASE_URL: database.url,
  });
}

beforeAll(async () => {
  if (!serverUrl || !hasServer) return;
  dir = await mkdtemp(join(tmpdir(), 'catalogue-scale-'));
  database = await createScratchDatabase(serverUrl, 'catalogue_scale');
  expect(await setup(SOURCE_PATH)).toBe(0);
  for (let i = 0; i < 2; i += 1) {
    servers.push(
      await startServer({
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        NEXT_DIST_DIR: inject('distDir'),
        DATABASE_URL: database.url,
        SITE_URL: 'http://localhost:3000',
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  for (const server of servers) await server.stop();
  await database?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Answer {
  version: string;
  total: number;
  has26: boolean;
}

async function ask(server: RunningServer): Promise<Answer> {
  const response = await fetch(
    new URL('/api/outcomes?section=meetings&pageSize=100', server.baseURL),
  );
  const body = (await response.json()) as {
    version: string;
    total: number;
    items: Array<{ key: string }>;
  };
  return {
    version: body.version,
    total: body.total,
    has26: body.items.some((item) => item.key === 'meetings-26'),
  };
}

describe.skipIf(!hasServer)('two servers on one PostgreSQL database', () => {
  it('switch together after a re-ingest: each answer whole, all new within the bound', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const before = await ask(a);
    expect(before.has26).toBe(true);
    expect((await ask(b)).version).toBe(before.version);
    const lines = (await readFile(SOURCE_PATH, 'utf8')).split('\n');
    // Meetings 26 (line 296 of the source); initiatives have a 26 too (line 91).
    const at = lines.findIndex((line) => line.trim() === '26.上海合作组织成员国科技部长第九次会议');
    expect(at).toBeGreaterThan(-1);
    lines.splice(at, 1);
    const shorter = join(dir, 'xinhua-sco-outcomes-2025-09-02.txt');
    await writeFile(shorter, lines.join('\n'));

    const seen: Answer[] = [];
    let done = false;
    let switchedAt: number | undefined;
    const watch = async (server: RunningServer) => {
      while (!done) seen.push(await ask(server));
    };
    const watching = [watch(a), watch(b)];
    expect(await setup(shorter)).toBe(0);
    const ingested = Date.now();
    while (Date.now() - ingested < BOUND_MS) {
      const [x, y] = [await ask(a), await ask(b)];
      if (x.version !== before.version && y.version === x.version) {
        switchedAt = Date.now();
        break;
      }
    }
    done = true;
    await Promise.all(watching);
    expect(switchedAt, `both switched within ${BOUND_MS} ms`).toBeDefined();
    console.log(
      `scale-out: both servers on the new catalogue ${(switchedAt ?? 0) - ingested} ms after the ingest ended`,
    );
    const mixed = seen.filter(
      (answer) =>
        (answer.version === before.version) !== (answer.total === before.total && answer.has26),
    );
    expect(mixed).toEqual([]);
    expect(seen.some((answer) => answer.version !== before.version)).toBe(true);
    // Every kind of page follows on both.
    for (const server of servers) {
      expect((await fetch(new URL('/outcomes/meetings/26', server.baseURL))).status).toBe(404);
      const sitemap = await (await fetch(new URL('/sitemap.xml', server.baseURL))).text();
      expect(sitemap).not.toContain('/outcomes/meetings/26<');
    }
  }, 120_000);
});
