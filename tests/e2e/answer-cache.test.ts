import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { rssBytes } from '@/scripts/harness/processes';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { testDatabaseUrl } from './support/database';

/**
 * The answer cache stays within its budget under a crawl of distinct addresses: a server with
 * a small budget keeps the latest answers and lets the earliest go, and its memory stays level.
 * An address whose first asker gave up while its answer waited to be made is still answered.
 */

const BUDGET = 2 * 1024 * 1024;
const CRAWL = 600;

let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-cache-'));
  const testDatabase = parseDatabaseUrl(testDatabaseUrl());
  if (testDatabase.provider !== 'sqlite') throw new Error('this test needs the SQLite catalogue');
  await copyFile(testDatabase.path, join(dir, 'catalogue.db'));
  server = await startServer({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: inject('distDir'),
    DATABASE_URL: `file:${join(dir, 'catalogue.db')}`,
    SITE_URL: 'http://localhost:3000',
    ANSWER_CACHE_BYTES: String(BUDGET),
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const cached = async (path: string) =>
  (await fetch(new URL(path, server.baseURL))).headers.get('X-Catalogue-Cache');

describe('the answer cache under a crawl', () => {
  it(`keeps at most its budget: ${CRAWL} distinct views, the first let go, the last kept`, async () => {
    const views = Array.from({ length: CRAWL }, (_, i) => `/outcomes?page=${1 + (i % 12)}&q=${i}`);
    expect(await cached(views[0] as string)).toBe('miss');
    expect(await cached(views[0] as string)).toBe('hit');
    const before = rssBytes(server.pid) ?? 0;
    const rss: number[] = [];
    for (const [index, view] of views.entries()) {
      const response = await fetch(new URL(view, server.baseURL));
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      if (index % 100 === 99) rss.push(rssBytes(server.pid) ?? 0);
    }
    // Each list page is tens of kilobytes (and its gzip): far more than 2 MiB in all.
    expect(await cached(views[0] as string)).toBe('miss');
    expect(await cached(views.at(-1) as string)).toBe('hit');
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
    console.log(
      `answer cache crawl: ${CRAWL} views, budget ${mib(BUDGET)}; server RSS ${mib(before)} before, ${rss.map(mib).join(', ')} during`,
    );
    // Growth over the crawl well under what keeping every answer would take (≥ 30 MiB).
    expect((rss.at(-1) ?? 0) - (rss[0] ?? 0)).toBeLessThan(24 * 2 ** 20);
  }, 180_000);
});

describe('an answer nobody waits for any more', () => {
  it('is made for the next asker when the first left while it waited for a place', async () => {
    // A crowd of new addresses fills the places where answers are made (four) and the queue
    // behind them; the address asked last waits in that queue when its client gives up.
    const run = Date.now();
    const target = new URL(`/outcomes?q=left${run}`, server.baseURL);
    const crowd = Array.from({ length: 24 }, (_, i) =>
      fetch(new URL(`/outcomes?q=crowd${run}x${i}`, server.baseURL)).then((r) => r.arrayBuffer()),
    );
    const leaving = new AbortController();
    const first = fetch(target, { signal: leaving.signal }).then(
      () => 'answered',
      () => 'left',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.abort();
    expect(await first).toBe('left');
    await Promise.all(crowd);
    // Before the fix, this request waited on the abandoned answer until the next ingest. It is
    // `miss` when the first asker left while waiting (its answer was never made), `hit` in the
    // rarer run where it had already been given a place; either way it answers at once.
    const again = await fetch(target, { signal: AbortSignal.timeout(10_000) });
    expect(again.status).toBe(200);
    expect(['miss', 'hit']).toContain(again.headers.get('X-Catalogue-Cache'));
    expect((await fetch(target)).headers.get('X-Catalogue-Cache')).toBe('hit');
  }, 60_000);
});

describe('answers that need no catalogue', () => {
  it('are kept without dropping the catalogue answers kept before them', async () => {
    const item = '/outcomes/documents/88';
    expect(await cached(item)).toBe('miss');
    expect(await cached(item)).toBe('hit');
    // robots.txt is made from no catalogue; before the fix, keeping it emptied the cache.
    await cached('/robots.txt');
    expect(await cached('/robots.txt')).toBe('hit');
    expect(await cached(item)).toBe('hit');
  });
});
