import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '@/lib/db/ingest';
import { databaseIdentity, databaseIsServer, withCatalogue } from '@/lib/db/reader';
import {
  buildTestDatabase,
  SOURCE_PATH,
  TEST_PROVIDER,
  type TestDatabase,
} from '../support/catalogue-db';
import { SOURCE_TEXT } from '../support/source';
import { locationOf } from './tables';

/**
 * lib/db/reader.ts, which every catalogue load reads through: read-only, and one answer reads
 * one catalogue even when an ingest replaces it meanwhile (the old SQLite file stays open for
 * it; on PostgreSQL it reads one snapshot).
 */

let db: TestDatabase;
let shorterCopy: string;

beforeAll(async () => {
  db = await buildTestDatabase();
  // The list without its last meeting, so old and new catalogues are told apart by the count.
  shorterCopy = join(db.dir, 'xinhua-sco-outcomes-2025-09-02-shorter.txt');
  await writeFile(shorterCopy, SOURCE_TEXT.replace(/^187\..*$/m, ''));
}, 120_000);

afterAll(async () => {
  await db?.remove();
});

describe('the catalogue reader', () => {
  it('knows which kind of database it reads', () => {
    process.env.DATABASE_URL = db.url;
    expect(databaseIsServer()).toBe(TEST_PROVIDER === 'postgresql');
  });

  it('opens the database read-only', async () => {
    process.env.DATABASE_URL = db.url;
    const table = TEST_PROVIDER === 'postgresql' ? '"Item"' : 'Item';
    await expect(
      withCatalogue((client) => client.$executeRawUnsafe(`DELETE FROM ${table}`)),
    ).rejects.toThrow(/readonly|read-only/i);
    expect(await withCatalogue((client) => client.item.count())).toBe(223);
  });

  it('lets an answer that started before a re-ingest finish on the catalogue it started with', async () => {
    process.env.DATABASE_URL = db.url;
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(db) });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started: () => void = () => {};
    const begun = new Promise<void>((resolve) => {
      started = resolve;
    });
    const longAnswer = withCatalogue(async (client) => {
      const before = await client.item.count();
      started();
      await gate;
      return [before, await client.item.count(), (await client.source.findFirst())?.fileName];
    });
    await begun;
    await ingest({ sourcePath: shorterCopy, database: locationOf(db) });
    // A new answer reads the new catalogue…
    expect(await withCatalogue((client) => client.item.count())).toBe(222);
    release();
    // …while the one begun before read the old one throughout.
    expect(await longAnswer).toEqual([223, 223, 'xinhua-sco-outcomes-2025-09-02.txt']);
    expect(
      await withCatalogue((client) => client.item.findUnique({ where: { key: 'meetings-187' } })),
    ).toBeNull();
  });

  it('gives a new identity for every ingest that rebuilds, and keeps it when nothing changed', async () => {
    process.env.DATABASE_URL = db.url;
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(db) });
    const first = await databaseIdentity();
    expect(await databaseIdentity()).toBe(first);
    expect(await ingest({ sourcePath: SOURCE_PATH, database: locationOf(db) })).toMatchObject({
      status: 'unchanged',
    });
    expect(await databaseIdentity()).toBe(first);
    await ingest({ sourcePath: shorterCopy, database: locationOf(db) });
    const second = await databaseIdentity();
    expect(second).not.toBe(first);
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(db) });
    // The same source again is still another load.
    expect(await databaseIdentity()).not.toBe(first);
    expect(await databaseIdentity()).not.toBe(second);
  });
});
