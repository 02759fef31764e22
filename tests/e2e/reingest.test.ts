import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { killIngests } from '@/lib/harness/ingest-kills';
import { type RunningServer, startServer } from '@/lib/harness/server';
import { testDatabaseUrl } from './support/database';

/**
 * A re-ingest while the production server answers: the server reads a copy of the test
 * database, requests run in a loop while `db:setup` loads a changed copy of the list into that
 * same file, and every answer must be whole — all from the old file or all from the new.
 */

const SOURCE = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');
const LISTING = '/api/outcomes?section=meetings&pageSize=100';
const LISTING_ALL = '/api/outcomes?pageSize=1';
const REMOVED = 'meetings-26';
const WORKERS = 4;

interface Listing {
  total: number;
  items: Array<{ key: string }>;
  facets: { section: Array<{ value: string; count: number }>; type: Array<{ count: number }> };
}

let dir: string;
let databasePath: string;
let databaseUrl: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-reingest-'));
  const testDatabase = parseDatabaseUrl(testDatabaseUrl());
  if (testDatabase.provider !== 'sqlite') throw new Error('this test needs the SQLite catalogue');
  databasePath = join(dir, 'catalogue.db');
  await copyFile(testDatabase.path, databasePath);
  databaseUrl = `file:${databasePath}`;
  server = await startServer({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: inject('distDir'),
    DATABASE_URL: databaseUrl,
    SITE_URL: 'http://localhost:3000',
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The list without one item's line: a copy whose answers differ in total, facets and rows. */
async function copyWithoutItem(title: string): Promise<string> {
  const lines = (await readFile(SOURCE, 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.trim() === `26.${title}`);
  expect(index, 'the line of meetings 26 in the source').toBeGreaterThan(-1);
  lines.splice(index, 1);
  const changed = join(dir, 'xinhua-sco-outcomes-2025-09-02.txt');
  await writeFile(changed, lines.join('\n'));
  return changed;
}

function runSetup(source: string): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/db-setup.ts', '--source', source],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: 'ignore',
    },
  );
  return new Promise((done) => child.on('close', done));
}

/** Kills per run of the suite; `npm run bench` kills dozens more the same way. */
const KILLS = 4;

describe('an ingest killed with SIGKILL at a random moment', () => {
  it('leaves the old catalogue or the new, complete and sound, and the site serves it', async () => {
    const rounds = await killIngests({
      databasePath,
      source: SOURCE,
      scratchDir: dir,
      kills: KILLS,
      // From just before the write begins to the end of an unkilled run.
      delay: ({ writeStartsMs, endsMs }) =>
        writeStartsMs * 0.8 + Math.random() * (endsMs - writeStartsMs * 0.8),
      servedTotal: async () =>
        ((await (await fetch(new URL(LISTING_ALL, server.baseURL))).json()) as Listing).total,
    });
    expect(rounds).toHaveLength(KILLS);
    for (const round of rounds) {
      expect(round.outcome, `${round.what}: ${round.problem ?? ''}`).not.toBe('broken');
      expect(round.served, `${round.what}: the server's total`).toBe(round.items);
    }
  }, 120_000);
});

describe('a re-ingest under load', () => {
  it('answers every request, each wholly from the old or wholly from the new catalogue', async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(new URL(path, server.baseURL), { headers });
    const item = (await (await get('/api/outcomes/meetings/26')).json()) as { title: string };
    const changed = await copyWithoutItem(item.title);
    const first = await get(LISTING);
    const oldEtag = first.headers.get('ETag') ?? '';
    const before = (await first.json()) as Listing;
    expect(before.items.map((i) => i.key)).toContain(REMOVED);

    const seen = { old: 0, new: 0 };
    const failures: string[] = [];
    let ingesting = true;
    const check = (listing: Listing) => {
      const hasRemoved = listing.items.some((i) => i.key === REMOVED);
      const sectionCount = listing.facets.section.find((s) => s.value === 'meetings')?.count;
      const typeSum = listing.facets.type.reduce((sum, t) => sum + t.count, 0);
      const whole =
        (listing.total === before.total && hasRemoved) ||
        (listing.total === before.total - 1 && !hasRemoved);
      if (!whole || sectionCount !== listing.total || typeSum !== listing.total) {
        failures.push(
          `mixed answer: total ${listing.total}, removed item ${hasRemoved}, section facet ${sectionCount}, type facets ${typeSum}`,
        );
      }
      seen[hasRemoved ? 'old' : 'new'] += 1;
    };
    const worker = async () => {
      // Until the ingest is done, and a little after, so the new file is surely read.
      let after = 5;
      while (ingesting || after-- > 0) {
        const response = await get(LISTING);
        if (response.status !== 200) failures.push(`status ${response.status}`);
        else check((await response.json()) as Listing);
      }
    };
    const load = Array.from({ length: WORKERS }, worker);
    const status = await runSetup(changed);
    ingesting = false;
    await Promise.all(load);

    expect(status).toBe(0);
    expect(failures).toEqual([]);
    expect(seen.old, 'answers from the old catalogue').toBeGreaterThan(0);
    expect(seen.new, 'answers from the new catalogue').toBeGreaterThan(0);
    const item26 = await get('/api/outcomes/meetings/26');
    expect(item26.status).toBe(404);
    // The new file is a new catalogue identity: the old validator no longer matches.
    const revalidated = await get(LISTING, { 'If-None-Match': oldEtag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('ETag')).not.toBe(oldEtag);
  }, 60_000);
});
