import { copyFile, mkdir, open, rename, rm, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueFault, loadedCatalogue } from '@/lib/catalogue/loaded';
import { catalogueProbe } from '@/lib/serve/catalogue-probe';
import { buildTestDatabase, TEST_PROVIDER, type TestDatabase } from '../support/catalogue-db';
import { EXPECTED } from '../support/expected';

/**
 * lib/catalogue/loaded.ts through faults of a SQLite file: the catalogue loaded before the fault
 * is answered (the same object), marked stale with the kind of fault, until the file is
 * repaired; then the same catalogue carries on, no longer stale. PostgreSQL's faults are
 * tried against a real server stopped and started (tests/e2e/database-faults.test.ts).
 */

let db: TestDatabase;
let good: string;

beforeAll(async () => {
  db = await buildTestDatabase();
  good = join(db.dir, 'good.db');
}, 120_000);

afterAll(async () => {
  await db?.remove();
});

const FAULTS: ReadonlyArray<[string, (path: string) => Promise<void>, string]> = [
  [
    'corrupted (23 bytes at offset 100)',
    async (path) => {
      const file = await open(path, 'r+');
      await file.write(Buffer.alloc(23, 0xff), 0, 23, 100);
      await file.close();
    },
    'database unreadable',
  ],
  ['truncated to 0 bytes', (path) => truncate(path, 0), 'not a catalogue'],
  ['moved away', (path) => rename(path, `${path}.away`), 'database file missing'],
  [
    'replaced by another application’s database',
    async (path) => {
      await rm(path);
      const other = new Database(path);
      other.exec('CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)');
      other.close();
    },
    'not a catalogue',
  ],
  [
    'replaced by a directory',
    async (path) => rm(path).then(() => mkdir(path)),
    'database unreadable',
  ],
];

describe.skipIf(TEST_PROVIDER !== 'sqlite')(
  'the last good catalogue through a fault of the file',
  () => {
    it.each(FAULTS)(
      '%s: served stale, then confirmed again once repaired',
      async (_, fault, reason) => {
        process.env.DATABASE_URL = db.url;
        const before = await loadedCatalogue();
        expect(before.items.map((item) => item.key)).toEqual(EXPECTED.map((item) => item.key));
        expect(catalogueFault()).toBeUndefined();
        await copyFile(db.path, good);

        await fault(db.path);
        const during = await loadedCatalogue();
        expect(during).toBe(before);
        expect(catalogueFault()).toMatchObject({ reason });
        const probe = await catalogueProbe();
        expect(probe).toMatchObject({
          version: before.version,
          stale: { reason, since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
          readiness: { ready: true, version: before.version, lastCheck: { ok: false, reason } },
        });
        // Asked again at once: still the same catalogue, still stale, the same fault.
        expect(await loadedCatalogue()).toBe(before);

        await rm(db.path, { recursive: true, force: true });
        await rm(`${db.path}.away`, { force: true });
        await copyFile(good, db.path);
        expect(await loadedCatalogue()).toBe(before);
        expect(catalogueFault()).toBeUndefined();
        expect(await catalogueProbe()).toMatchObject({
          version: before.version,
          stale: false,
          readiness: { ready: true, lastCheck: { ok: true } },
        });
      },
    );
  },
);
