import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { killIngests } from '@/scripts/harness/ingest-kills';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { testDatabaseUrl } from './support/database';

/**
 * A re-ingest while the production server answers: the server reads a copy of the test
 * database, requests run in a loop while `db:setup` loads a changed copy of the list into that
 * same file, and every answer must be whole — all from the old catalogue or all from the new —
 * and afterwards every kind of page says the new one: the item page, the list, the overview,
 * the places, the sitemap and the API, in both languages.
 */

const SOURCE = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');
const LISTING = '/api/outcomes?section=meetings&pageSize=100';
const LISTING_ALL = '/api/outcomes?pageSize=1';
const REMOVED = 'meetings-26';
const WORKERS = 4;

interface Listing {
  total: number;
  items: Array<{ key: string }>;
  facets: {
    section: Array<{ value: string; count: number }>;
    category: Array<{ count: number }>;
  };
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
      // Every item is in exactly one category, so the category counts add up to the total.
      const categorySum = listing.facets.category.reduce((sum, c) => sum + c.count, 0);
      const whole =
        (listing.total === before.total && hasRemoved) ||
        (listing.total === before.total - 1 && !hasRemoved);
      if (!whole || sectionCount !== listing.total || categorySum !== listing.total) {
        failures.push(
          `mixed answer: total ${listing.total}, removed item ${hasRemoved}, section facet ${sectionCount}, category facets ${categorySum}`,
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
    expect((await item26.json()) as { missing?: boolean }).toMatchObject({ missing: true });
    // The new file is a new catalogue identity: the old validator no longer matches.
    const revalidated = await get(LISTING, { 'If-None-Match': oldEtag });
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('ETag')).not.toBe(oldEtag);
  }, 60_000);

  it('switches every kind of page together: item, list, overview, places, sitemap, API', async () => {
    const get = (path: string) => fetch(new URL(path, server.baseURL));
    const text = async (path: string) => {
      const response = await get(path);
      return {
        status: response.status,
        version: response.headers.get('Catalogue-Version'),
        body: await response.text(),
      };
    };
    const api = (await (await get(LISTING_ALL)).json()) as Listing;
    const total = api.total;
    // The removed item's page now says the copy lacks it, with a 404, in both languages.
    for (const path of ['/outcomes/meetings/26', '/en/outcomes/meetings/26']) {
      expect((await get(path)).status, path).toBe(404);
    }
    const versions = new Set<string | null>();
    const overview = await text('/');
    versions.add(overview.version);
    expect(overview.body).toContain(`会议和活动`);
    const list = await text('/outcomes');
    versions.add(list.version);
    expect(list.body).toContain(`共${total}项成果`);
    const meetings = await text('/outcomes?section=meetings&pageSize=100');
    versions.add(meetings.version);
    expect(meetings.body).not.toContain('href="/outcomes/meetings/26"');
    const english = await text('/en/outcomes?section=meetings&pageSize=100');
    versions.add(english.version);
    expect(english.body).not.toContain('href="/en/outcomes/meetings/26"');
    const sitemap = await text('/sitemap.xml');
    versions.add(sitemap.version);
    expect(sitemap.body).not.toContain('/outcomes/meetings/26<');
    expect(sitemap.body).toContain('/outcomes/meetings/27<');
    const places = await text('/places');
    versions.add(places.version);
    versions.add((await get(LISTING_ALL)).headers.get('Catalogue-Version'));
    expect([...versions].length, `versions seen: ${[...versions].join(', ')}`).toBe(1);
    // The overview counts what the list counts: meetings in the section cards.
    const meetingsCount = api.facets.section.find((entry) => entry.value === 'meetings')?.count;
    expect(overview.body).toMatch(new RegExp(`${meetingsCount}项`));
  });
});
