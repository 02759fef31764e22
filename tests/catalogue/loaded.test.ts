import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMPTY_FILTERS, listOutcomes } from '@/lib/catalogue';
import { catalogueVersion, loadedCatalogue, loadedVersion } from '@/lib/catalogue/loaded';
import { CATALOGUE_PROBE, type CatalogueProbe } from '@/lib/catalogue/probe';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { sqliteAdapter } from '@/lib/db/client';
import type { DatabaseLocation } from '@/lib/db/database-url';
import { ingest } from '@/lib/db/ingest';
import { applyMigrations, SQLITE_LAYOUT } from '@/lib/db/migrate';
import { CatalogueUnavailableError } from '@/lib/db/reader';
import { catalogueProbe } from '@/lib/serve/catalogue-probe';
import {
  buildTestDatabase,
  SOURCE_PATH,
  TEST_PROVIDER,
  type TestDatabase,
  useTestCatalogue,
} from '../support/catalogue-db';
import { EXPECTED } from '../support/expected';
import { SOURCE_TEXT } from '../support/source';

/**
 * lib/catalogue/loaded.ts: the catalogue is read whole once and reused until an ingest replaces
 * it — a new file on SQLite (seen at the next call), a new source row on PostgreSQL (seen within
 * CATALOGUE_CHECK_MS) — and the probe the production server asks says which one is loaded.
 */

let shared: TestDatabase;
let own: TestDatabase;
let shorterCopy: string;

beforeAll(async () => {
  shared = await useTestCatalogue();
  own = await buildTestDatabase();
  // The list without its last meeting (line 260, 187.上海合作组织国家酒类流通管理及推广研修班),
  // so old and new catalogues are told apart by that item alone.
  shorterCopy = join(own.dir, 'xinhua-sco-outcomes-2025-09-02-shorter.txt');
  const lines = SOURCE_TEXT.split('\n');
  expect(lines[259]).toBe('187.上海合作组织国家酒类流通管理及推广研修班');
  await writeFile(shorterCopy, lines.filter((_, index) => index !== 259).join('\n'));
}, 120_000);

afterAll(async () => {
  await own?.remove();
  await shared?.remove();
});

afterEach(() => {
  vi.useRealTimers();
});

const location = (db: TestDatabase): DatabaseLocation =>
  TEST_PROVIDER === 'postgresql'
    ? { provider: 'postgresql', url: db.url }
    : { provider: 'sqlite', path: db.path };

const use = (db: TestDatabase) => {
  process.env.DATABASE_URL = db.url;
};

/**
 * The wait after an ingest before a call must see it: none on SQLite (every call looks at the
 * file), CATALOGUE_CHECK_MS on PostgreSQL (the longest a checked identity is trusted).
 */
const settled = () =>
  TEST_PROVIDER === 'postgresql'
    ? new Promise((resolve) => setTimeout(resolve, CATALOGUE_CHECK_MS + 5))
    : Promise.resolve();

/** Freezes Date.now() at `now` (timers stay real, so database I/O goes on). */
const freezeAt = (now: number) => {
  vi.useRealTimers();
  vi.useFakeTimers({ toFake: ['Date'], now });
};

describe('loadedCatalogue', () => {
  it('reads the catalogue once and hands out the same object', async () => {
    use(shared);
    const first = await loadedCatalogue();
    expect(first.items.map((item) => item.key)).toEqual(EXPECTED.map((item) => item.key));
    expect(await loadedCatalogue()).toBe(first);
    const together = await Promise.all(Array.from({ length: 8 }, () => loadedCatalogue()));
    for (const one of together) expect(one).toBe(first);
    expect(await catalogueVersion()).toBe(first.version);
    expect(first.version).toMatch(/^[0-9a-f]{12}$/);
  });

  it.skipIf(TEST_PROVIDER !== 'sqlite')(
    'SQLite: after an ingest replaces the file, the next call gives the new catalogue',
    async () => {
      use(own);
      const before = await loadedCatalogue();
      expect(await loadedCatalogue()).toBe(before);
      expect(await ingest({ sourcePath: shorterCopy, database: location(own) })).toMatchObject({
        status: 'rebuilt',
        items: 222,
      });
      const after = await loadedCatalogue();
      expect(after).not.toBe(before);
      expect(after.version).not.toBe(before.version);
      expect(after.items).toHaveLength(222);
      expect(after.itemByKey.has('meetings-187')).toBe(false);
      expect(listOutcomes(after, EMPTY_FILTERS, null).total).toBe(222);
      // Whoever still holds the old one keeps it whole.
      expect(before.items).toHaveLength(223);
      expect(before.itemByKey.get('meetings-187')?.title).toBe(
        '上海合作组织国家酒类流通管理及推广研修班',
      );
      expect(await loadedCatalogue()).toBe(after);
      // An ingest that finds nothing to do leaves the file, so the catalogue stays loaded.
      expect(await ingest({ sourcePath: shorterCopy, database: location(own) })).toMatchObject({
        status: 'unchanged',
      });
      expect(await loadedCatalogue()).toBe(after);
      // Back to the whole list: a new catalogue again, with a version of its own.
      await ingest({ sourcePath: SOURCE_PATH, database: location(own) });
      const again = await loadedCatalogue();
      expect(again.items).toHaveLength(223);
      expect(again.version).not.toBe(before.version);
      expect(again.version).not.toBe(after.version);
    },
  );

  it.skipIf(TEST_PROVIDER !== 'postgresql')(
    `PostgreSQL: a re-ingest is seen at the first check after it, at most ${CATALOGUE_CHECK_MS} ms later`,
    async () => {
      use(own);
      // Frozen times well in the past, so that back in real time the next call checks again.
      const start = Date.now() - 10 * CATALOGUE_CHECK_MS;
      freezeAt(start);
      const before = await loadedCatalogue();
      vi.useRealTimers();
      expect(await ingest({ sourcePath: shorterCopy, database: location(own) })).toMatchObject({
        status: 'rebuilt',
        items: 222,
      });
      // Until CATALOGUE_CHECK_MS after the last check, the loaded catalogue is answered as is.
      freezeAt(start + CATALOGUE_CHECK_MS - 1);
      expect(await loadedCatalogue()).toBe(before);
      vi.setSystemTime(start + CATALOGUE_CHECK_MS);
      const after = await loadedCatalogue();
      vi.useRealTimers();
      expect(after).not.toBe(before);
      expect(after.version).not.toBe(before.version);
      expect(after.items).toHaveLength(222);
      expect(after.itemByKey.has('meetings-187')).toBe(false);
      expect(before.items).toHaveLength(223);

      // An ingest that finds nothing to do changes no row: the next check keeps the catalogue.
      expect(await ingest({ sourcePath: shorterCopy, database: location(own) })).toMatchObject({
        status: 'unchanged',
      });
      freezeAt(start + 3 * CATALOGUE_CHECK_MS);
      expect(await loadedCatalogue()).toBe(after);
      vi.useRealTimers();

      // In real time: back to the whole list; a call CATALOGUE_CHECK_MS later sees it.
      await loadedCatalogue();
      await ingest({ sourcePath: SOURCE_PATH, database: location(own) });
      await settled();
      const now = await loadedCatalogue();
      expect(now.items).toHaveLength(223);
      expect(now.version).not.toBe(after.version);
    },
  );

  it('answers wholly old or wholly new catalogues while an ingest replaces it', async () => {
    use(own);
    await ingest({ sourcePath: SOURCE_PATH, database: location(own) });
    await settled();
    expect((await loadedCatalogue()).items).toHaveLength(223);
    const seen = new Set<number>();
    let done = false;
    let stopped = false;
    const load = (async () => {
      while (!done && !stopped) {
        const catalogue = await loadedCatalogue();
        const listing = listOutcomes(catalogue, { ...EMPTY_FILTERS, pageSize: 5 }, null);
        const sectionSum = listing.facets.section.reduce((sum, v) => sum + v.count, 0);
        const meetings = listing.facets.section.find((v) => v.value === 'meetings')?.count;
        // Every number in one answer comes from the same catalogue.
        expect(sectionSum).toBe(listing.total);
        expect(catalogue.items).toHaveLength(listing.total);
        expect(meetings).toBe(listing.total === 223 ? 164 : 163);
        expect(catalogue.lines.length).toBe(
          listing.total === 223
            ? SOURCE_TEXT.split('\n').length
            : SOURCE_TEXT.split('\n').length - 1,
        );
        seen.add(listing.total);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })().finally(() => {
      stopped = true;
    });
    await ingest({ sourcePath: shorterCopy, database: location(own) });
    await settled();
    expect((await loadedCatalogue()).items).toHaveLength(222);
    // The loop keeps answering until it has answered from the new catalogue too, so the switch
    // is observed by the answers under test, not only by the check above.
    while (!seen.has(222) && !stopped) await new Promise((resolve) => setTimeout(resolve, 2));
    done = true;
    await load;
    expect([...seen].sort()).toEqual([222, 223]);
  });

  it('a missing database file is CatalogueUnavailableError, until a catalogue is built there', async () => {
    const path = join(own.dir, 'not-yet', 'catalogue.db');
    process.env.DATABASE_URL = `file:${path}`;
    await expect(loadedCatalogue()).rejects.toBeInstanceOf(CatalogueUnavailableError);
    await expect(loadedCatalogue()).rejects.toThrow(
      `no catalogue database at ${path}: run \`npm run db:setup\``,
    );
    await ingest({ sourcePath: SOURCE_PATH, database: { provider: 'sqlite', path } });
    expect((await loadedCatalogue()).items).toHaveLength(223);
  });
});

describe('the probe the production server asks', () => {
  const probe = () => (globalThis as { [CATALOGUE_PROBE]?: CatalogueProbe })[CATALOGUE_PROBE];

  it('is published on globalThis by loading the module, and answers the loaded version', async () => {
    expect(probe()).toBeTypeOf('function');
    use(shared);
    const { version } = await loadedCatalogue();
    expect(await probe()?.()).toMatchObject({ version, stale: false });
    expect(await catalogueProbe()).toMatchObject({
      version,
      stale: false,
      readiness: { ready: true, version, database: TEST_PROVIDER, stale: false },
    });
  });

  // What a render the server asks for takes, by the version the probe answered (lib/serve/fill.ts).
  it('gives the loaded catalogue by its version, and nothing for another or where none is loaded', async () => {
    use(shared);
    const loaded = await loadedCatalogue();
    expect(loadedVersion(loaded.version)).toBe(loaded);
    expect(loadedVersion('0'.repeat(loaded.version.length))).toBeUndefined();
    process.env.DATABASE_URL = `file:${join(own.dir, 'never-loaded.db')}`;
    expect(loadedVersion(loaded.version)).toBeUndefined();
  });

  it('says why there is no catalogue: no file, an empty database, a bad address', async () => {
    const missing = join(own.dir, 'absent.db');
    process.env.DATABASE_URL = `file:${missing}`;
    expect(await catalogueProbe()).toMatchObject({
      unavailable: `no catalogue database at ${missing}: run \`npm run db:setup\``,
      readiness: { ready: false, version: null, lastCheck: { reason: 'database file missing' } },
    });
    // Migrated but never ingested (as a killed first ingest could leave it).
    const empty = join(own.dir, 'empty.db');
    await applyMigrations(SQLITE_LAYOUT, sqliteAdapter(empty, 'readwrite'));
    process.env.DATABASE_URL = `file:${empty}`;
    expect(await catalogueProbe()).toMatchObject({
      unavailable: 'the database holds no catalogue',
      readiness: { ready: false, lastCheck: { ok: false, reason: 'not a catalogue' } },
    });
    process.env.DATABASE_URL = 'mysql://localhost/catalogue';
    expect(await catalogueProbe()).toMatchObject({
      unavailable: 'mysql://localhost/catalogue: expected file:<path> or postgresql://…',
    });
    process.env.DATABASE_URL = 'file::memory:';
    expect(await catalogueProbe()).toMatchObject({ unavailable: expect.stringMatching(/memory/) });
  });

  it('with nothing loaded yet, a file that is not a database is no catalogue to serve', async () => {
    const garbage = join(own.dir, 'garbage.db');
    await writeFile(garbage, Buffer.alloc(64 * 1024, 7));
    process.env.DATABASE_URL = `file:${garbage}`;
    expect(await catalogueProbe()).toMatchObject({
      unavailable: expect.stringMatching(/not a database/),
      readiness: { ready: false, lastCheck: { ok: false, reason: 'database unreadable' } },
    });
    // The bytes are left as they were.
    expect((await readFile(garbage)).every((byte) => byte === 7)).toBe(true);
  });

  it('follows the database: after a re-ingest it answers the new version', async () => {
    use(own);
    await ingest({ sourcePath: SOURCE_PATH, database: location(own) });
    await settled();
    const before = await loadedCatalogue();
    expect(before.items).toHaveLength(223);
    expect(await catalogueProbe()).toMatchObject({ version: before.version });
    await ingest({ sourcePath: shorterCopy, database: location(own) });
    await settled();
    const answer = await catalogueProbe();
    expect(answer).not.toMatchObject({ version: before.version });
    expect(answer).toMatchObject({ version: (await loadedCatalogue()).version });
    expect((await loadedCatalogue()).items).toHaveLength(222);
    // A render named the old version after the switch makes the new catalogue's page instead.
    expect(loadedVersion(before.version)).toBeUndefined();
  });
});
