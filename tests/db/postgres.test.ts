import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allOutcomeKeys,
  FiltersSchema,
  getOutcome,
  getOverview,
  getPlace,
  getSource,
  listOutcomes,
  listPlaces,
} from '@/lib/catalogue';
import { ingest } from '@/lib/db/ingest';
import { applyMigrations, diffDatamodels } from '@/lib/db/migrate';
import { createScratchDatabase, postgresAdapter, type ScratchDatabase } from '@/lib/db/postgres';
import { POSTGRES_LAYOUT } from '@/lib/db/postgres-schema';
import { buildTestDatabase, SOURCE_PATH, type TestDatabase } from '../support/catalogue-db';
import { describePostgres, runScript } from '../support/postgres-structure';

const serverUrl = process.env.TEST_POSTGRES_URL;

if (!serverUrl) {
  console.warn(
    'PostgreSQL tests skipped: set TEST_POSTGRES_URL=postgresql://user:password@localhost/postgres ' +
      '(a server where test databases may be created; `apt-get install postgresql` provides one).',
  );
}

describe.skipIf(!serverUrl)('PostgreSQL', () => {
  const server = serverUrl as string;
  let sqlite: TestDatabase;
  let postgres: ScratchDatabase;

  beforeAll(async () => {
    sqlite = await buildTestDatabase();
    postgres = await createScratchDatabase(server, 'catalogue_test');
    await ingest({
      sourcePath: SOURCE_PATH,
      database: { provider: 'postgresql', url: postgres.url },
    });
  });

  afterAll(async () => {
    await postgres?.drop();
    await sqlite?.remove();
  });

  it('its migrations build exactly the database the derived schema describes', async () => {
    const [migrated, direct] = await Promise.all([
      createScratchDatabase(server, 'migrations_test'),
      createScratchDatabase(server, 'schema_test'),
    ]);
    try {
      await applyMigrations(POSTGRES_LAYOUT, postgresAdapter(migrated.url));
      await runScript(
        direct.url,
        await diffDatamodels(POSTGRES_LAYOUT, null, postgresAdapter(direct.url)),
      );
      expect(await describePostgres(migrated.url)).toEqual(await describePostgres(direct.url));
    } finally {
      await Promise.all([migrated.drop(), direct.drop()]);
    }
  });

  it('re-ingest of the same source changes nothing; a bad source leaves the data as it was', async () => {
    const database = { provider: 'postgresql' as const, url: postgres.url };
    expect(await ingest({ sourcePath: SOURCE_PATH, database })).toMatchObject({
      status: 'unchanged',
    });
    const bad = join(sqlite.dir, 'not-the-list.txt');
    await writeFile(bad, '这不是清单。\n');
    await expect(ingest({ sourcePath: bad, database })).rejects.toThrow(/no numbered items/);
    const shorter = join(sqlite.dir, 'xinhua-sco-outcomes-2025-09-02-shorter.txt');
    await writeFile(shorter, (await readFile(SOURCE_PATH, 'utf8')).replace(/^187\..*$/m, ''));
    expect(await ingest({ sourcePath: shorter, database })).toMatchObject({
      status: 'rebuilt',
      items: 222,
    });
    expect(await ingest({ sourcePath: SOURCE_PATH, database })).toMatchObject({
      status: 'rebuilt',
      items: 223,
    });
  });

  /** The same call answered from SQLite and from PostgreSQL. */
  async function both<T>(read: () => Promise<T>): Promise<[T, T]> {
    process.env.DATABASE_URL = sqlite.url;
    const fromSqlite = await read();
    process.env.DATABASE_URL = postgres.url;
    const fromPostgres = await read();
    return [fromSqlite, fromPostgres];
  }

  it.each([
    {},
    { section: ['documents'] },
    { category: ['meetings.2'], year: [2024] },
    { place: ['liaoning'] },
    { type: ['forum'], topic: ['friendship'] },
    { q: '论坛' },
    { q: 'shenyang' },
    { q: '瀋陽' },
    { q: '%' },
    { sort: 'title', pageSize: 100 },
    { sort: 'number', page: 2 },
  ])('lists %j exactly as SQLite does', async (filters) => {
    const [a, b] = await both(() => listOutcomes(FiltersSchema.parse(filters)));
    expect(b).toEqual(a);
  });

  it('answers items, places, overview, source and keys exactly as SQLite does', async () => {
    for (const [section, number] of [
      ['meetings', 70],
      ['documents', 68],
      ['documents', 30],
      ['initiatives', 99],
    ] as const) {
      const [a, b] = await both(() => getOutcome(section, number));
      expect(b).toEqual(a);
    }
    const [placesA, placesB] = await both(listPlaces);
    expect(placesB).toEqual(placesA);
    const [placeA, placeB] = await both(() => getPlace('liaoning'));
    expect(placeB).toEqual(placeA);
    const [overviewA, overviewB] = await both(getOverview);
    expect({ ...overviewB, source: { ...overviewB.source, ingestedAt: '' } }).toEqual({
      ...overviewA,
      source: { ...overviewA.source, ingestedAt: '' },
    });
    const [sourceA, sourceB] = await both(getSource);
    expect(sourceB.lines).toEqual(sourceA.lines);
    expect(sourceB.issues).toEqual(sourceA.issues);
    const [keysA, keysB] = await both(allOutcomeKeys);
    expect(keysB).toEqual(keysA);
  });

  it('opens PostgreSQL read-only for the catalogue', async () => {
    process.env.DATABASE_URL = postgres.url;
    const { withCatalogue } = await import('@/lib/db/reader');
    await expect(withCatalogue((db) => db.$executeRawUnsafe('DELETE FROM "Item"'))).rejects.toThrow(
      /read-only/i,
    );
  });
});
