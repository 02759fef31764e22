import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { createScratchDatabase, type ScratchDatabase } from '@/lib/db/postgres';
import { LOCALE_LIST } from '@/lib/i18n/locale';
import type { SectionKey } from '@/lib/parser/types';
import { FILE_PATHS, OUTCOMES_PATH, outcomePath } from '@/lib/paths';
import { runCommand } from '@/scripts/harness/run-command';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { POSTGRES_HOW_TO, requirement } from '../support/requirement';
import { EXPECTED_ITEMS, SOURCE_PATH } from '../support/source';

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

/** The first and the last item of each section, as read off the source by hand. */
const ITEMS = [...new Set(EXPECTED_ITEMS.map((item) => item.section))].flatMap((section) => {
  const items = EXPECTED_ITEMS.filter((item) => item.section === section);
  return [items[0], items.at(-1)].map((item) => ({
    section: section as SectionKey,
    number: item?.number ?? 0,
  }));
});
const PAGES = [
  OUTCOMES_PATH,
  `${OUTCOMES_PATH}?section=documents&place=shenyang`,
  `${OUTCOMES_PATH}?q=${encodeURIComponent('沈阳')}`,
  `${OUTCOMES_PATH}?page=2`,
  ...ITEMS.map((item) => outcomePath(item.section, item.number)),
];
/** Every page in every language, the API's list and its items. */
const ADDRESSES = [
  ...LOCALE_LIST.flatMap((locale) => PAGES.map((page) => locale.path(page))),
  `${FILE_PATHS.api}?section=meetings&pageSize=100`,
  ...ITEMS.map((item) => `${FILE_PATHS.api}/${item.section}/${item.number}`),
];

interface Sent {
  status: number;
  etag: string | null;
  cache: string | null;
  body: string;
}

async function get(server: RunningServer, path: string): Promise<Sent> {
  const response = await fetch(new URL(path, server.baseURL));
  return {
    status: response.status,
    etag: response.headers.get('etag'),
    cache: response.headers.get('x-catalogue-cache'),
    body: await response.text(),
  };
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
  // First in the file: these are the first pages either server renders.
  it('answer the overview with the same bytes and ETags from their first request on', async () => {
    const paths = ['/'];
    for (const path of paths) {
      const answers = [];
      for (let ask = 0; ask < 2; ask += 1) {
        for (const server of servers) answers.push(await get(server, path));
      }
      expect(answers.map((a) => [a.status, a.cache])).toEqual([
        [200, 'miss'],
        [200, 'miss'],
        [200, 'hit'],
        [200, 'hit'],
      ]);
      const [first] = answers;
      for (const answer of answers) {
        expect(answer.etag, path).toBe(first?.etag);
        expect(answer.body === first?.body, path).toBe(true);
      }
    }
  });

  // One server is asked for every address at once: the burst queues at its admission gate, so
  // most of its renders begin more than CATALOGUE_CHECK_MS after the request's check of the
  // catalogue. A render that then asked the database again came out with the catalogue's part
  // of the React payload after the metadata instead of before it (lib/catalogue/request.ts).
  // The other server is asked one address at a time, in the reverse order.
  it('answer lists, items and the API with the same bytes and ETags, in a burst or one by one', async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const burst = await Promise.all(ADDRESSES.map((path) => get(a, path)));
    const alone: Sent[] = [];
    for (const path of [...ADDRESSES].reverse()) alone.unshift(await get(b, path));
    ADDRESSES.forEach((path, at) => {
      const [x, y] = [burst[at], alone[at]];
      expect([x?.status, x?.cache, y?.status, y?.cache], path).toEqual([200, 'miss', 200, 'miss']);
      expect(x?.etag, path).toBeTruthy();
      expect(y?.etag, path).toBe(x?.etag);
      expect(y?.body === x?.body, path).toBe(true);
    });
    // What each kept is what it sends from then on.
    for (const [server, made] of [
      [a, burst],
      [b, alone],
    ] as const) {
      for (const [at, path] of ADDRESSES.entries()) {
        const again = await get(server, path);
        expect([again.cache, again.etag], path).toEqual(['hit', made[at]?.etag]);
      }
    }
  }, 120_000);

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
