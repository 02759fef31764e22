import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate } from 'node:timers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FiltersSchema, getOutcome, listOutcomes } from '@/lib/catalogue';
import { ingest } from '@/lib/db/ingest';
import { withCatalogue } from '@/lib/db/reader';
import {
  buildTestDatabase,
  SOURCE_PATH,
  TEST_PROVIDER,
  type TestDatabase,
} from '../support/catalogue-db';

let db: TestDatabase;
let shorterCopy: string;

beforeAll(async () => {
  if (TEST_PROVIDER !== 'sqlite') return;
  db = await buildTestDatabase();
  // A second copy of the list without its last meeting, so old and new data are told apart
  // by the total alone.
  const text = await readFile(SOURCE_PATH, 'utf8');
  shorterCopy = join(db.dir, 'xinhua-sco-outcomes-2025-09-02-shorter.txt');
  await writeFile(shorterCopy, text.replace(/^187\..*$/m, ''));
});

afterAll(async () => {
  await db?.remove();
});

describe.skipIf(TEST_PROVIDER !== 'sqlite')('the catalogue reader', () => {
  it('opens the database read-only', async () => {
    await expect(
      withCatalogue((client) => client.$executeRawUnsafe('DELETE FROM Item')),
    ).rejects.toThrow(/readonly|read-only/i);
  });

  it('serves wholly old or wholly new data while ingest swaps the file under load', async () => {
    const totals = new Set<number>();
    let swapped = false;
    const load = (async () => {
      while (!swapped) {
        const listing = await listOutcomes(FiltersSchema.parse({ pageSize: 5 }));
        const sectionSum = listing.facets.section.reduce((sum, v) => sum + v.count, 0);
        const meetings = listing.facets.section.find((v) => v.value === 'meetings')?.count;
        // Every number in one answer must come from the same file.
        expect(sectionSum).toBe(listing.total);
        expect(meetings).toBe(listing.total === 223 ? 164 : 163);
        totals.add(listing.total);
        // better-sqlite3 answers synchronously; yield so the ingest's file I/O can progress.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await ingest({ sourcePath: shorterCopy, database: { provider: 'sqlite', path: db.path } });
    swapped = true;
    await load;
    expect(totals.has(223)).toBe(true);
    expect((await listOutcomes(FiltersSchema.parse({}))).total).toBe(222);
  });

  it('lets an answer that started on the old file finish on it, then moves on', async () => {
    await ingest({ sourcePath: SOURCE_PATH, database: { provider: 'sqlite', path: db.path } });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const longAnswer = withCatalogue(async (client) => {
      const before = await client.item.count();
      await gate;
      return [before, await client.item.count()];
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await ingest({ sourcePath: shorterCopy, database: { provider: 'sqlite', path: db.path } });
    expect((await listOutcomes(FiltersSchema.parse({}))).total).toBe(222);
    release();
    expect(await longAnswer).toEqual([223, 223]);
    expect((await getOutcome('meetings', 187))?.status).not.toBe('found');
  });
});
