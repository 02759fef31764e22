import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  EMPTY_FILTERS,
  exportOutcomes,
  type Filters,
  getOutcome,
  getOverview,
  getPlace,
  getSource,
  listOutcomes,
  listPlaces,
  relaxations,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import type { DatabaseLocation } from '@/lib/db/database-url';
import { ingest } from '@/lib/db/ingest';
import { applyMigrations, diffDatamodels } from '@/lib/db/migrate';
import { createScratchDatabase, postgresAdapter, type ScratchDatabase } from '@/lib/db/postgres';
import { POSTGRES_LAYOUT } from '@/lib/db/postgres-schema';
import { withCatalogue } from '@/lib/db/reader';
import { SOURCE_PATH } from '../support/catalogue-db';
import { describePostgres, runScript } from '../support/postgres-structure';
import { POSTGRES_HOW_TO, requirement } from '../support/requirement';
import { SOURCE_TEXT } from '../support/source';
import { readTables, withoutLoadStamps } from './tables';

const serverUrl = process.env.TEST_POSTGRES_URL;

const hasServer = requirement('PostgreSQL', Boolean(serverUrl), POSTGRES_HOW_TO);

/** One query on its own connection; rows as arrays. */
async function queryOnce(url: string, sql: string): Promise<unknown[][]> {
  const connection = await postgresAdapter(url).connect();
  try {
    return (await connection.queryRaw({ sql, args: [], argTypes: [] })).rows;
  } finally {
    await connection.dispose();
  }
}

/** Runs `npm run db:setup`'s script in a child process, as a person would. */
function runSetup(url: string, args: string[], onSpawn?: (pid: number) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) onSpawn?.(child.pid);
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.resume();
  return new Promise<{ code: number | null; signal: string | null; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout })),
  );
}

describe.skipIf(!hasServer)('PostgreSQL', () => {
  const server = serverUrl as string;
  let dir: string;
  let sqlite: DatabaseLocation & { provider: 'sqlite' };
  let postgres: ScratchDatabase;
  let pg: DatabaseLocation;
  let shorter: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'catalogue-postgres-'));
    sqlite = { provider: 'sqlite', path: join(dir, 'catalogue.db') };
    await ingest({ sourcePath: SOURCE_PATH, database: sqlite });
    postgres = await createScratchDatabase(server, 'catalogue_test');
    pg = { provider: 'postgresql', url: postgres.url };
    await ingest({ sourcePath: SOURCE_PATH, database: pg });
    shorter = join(dir, 'xinhua-sco-outcomes-2025-09-02-shorter.txt');
    await writeFile(shorter, SOURCE_TEXT.replace(/^187\..*$/m, ''));
  }, 120_000);

  afterAll(async () => {
    await postgres?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
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
  }, 120_000);

  it('holds the same catalogue as SQLite, table by table, row by row', async () => {
    const [fromSqlite, fromPostgres] = [await readTables(sqlite), await readTables(pg)];
    expect(fromPostgres.Item).toHaveLength(223);
    for (const table of Object.keys(fromSqlite) as Array<keyof typeof fromSqlite>) {
      expect(withoutLoadStamps(fromPostgres)[table], table).toEqual(
        withoutLoadStamps(fromSqlite)[table],
      );
    }
    // The load times differ; each is a real time.
    expect(fromPostgres.Source[0]?.ingestedAt).toBeInstanceOf(Date);
  });

  describe('the catalogue read from it', () => {
    let a: Catalogue;
    let b: Catalogue;

    beforeAll(async () => {
      process.env.DATABASE_URL = `file:${sqlite.path}`;
      a = await loadedCatalogue();
      process.env.DATABASE_URL = postgres.url;
      b = await loadedCatalogue();
    }, 120_000);

    it('is the one read from SQLite, but for its load time and version', () => {
      expect(b.version).not.toBe(a.version);
      expect({ ...b.source, ingestedAt: '' }).toEqual({ ...a.source, ingestedAt: '' });
      for (const part of [
        'lines',
        'sections',
        'categories',
        'places',
        'types',
        'topics',
        'facts',
        'items',
        'issues',
        'translationSets',
        'facetTerms',
        'placeTree',
      ] as const) {
        expect(b[part], part).toEqual(a[part]);
      }
    });

    it.each<Partial<Filters>>([
      {},
      { section: ['documents'] },
      { category: ['meetings.2'], year: ['2024'] },
      { place: ['liaoning'] },
      { place: ['tianjin', 'central-asia'] },
      { type: ['forum'], topic: ['friendship'] },
      { q: '论坛' },
      { q: 'shenyang' },
      { q: '瀋陽' },
      { q: '论坛', sort: 'relevance' },
      { sort: 'title', pageSize: 100 },
      { sort: 'number', page: 2 },
      { section: ['initiatives'], place: ['shenyang'] },
    ])('lists %j exactly as SQLite does', (partial) => {
      const filters = { ...EMPTY_FILTERS, ...partial };
      expect(listOutcomes(b, filters)).toEqual(listOutcomes(a, filters));
      expect(exportOutcomes(b, filters)).toEqual(exportOutcomes(a, filters));
      expect(relaxations(b, filters)).toEqual(relaxations(a, filters));
    });

    it('answers items, places, overview and source exactly as SQLite does', () => {
      for (const [section, number] of [
        ['meetings', '70'],
        ['meetings', '77'],
        ['documents', '68'],
        ['documents', '30'],
        ['initiatives', '99'],
      ] as const) {
        expect(getOutcome(b, section, number)).toEqual(getOutcome(a, section, number));
      }
      expect(listPlaces(b)).toEqual(listPlaces(a));
      for (const slug of ['liaoning', 'tianjin', 'central-asia', 'china']) {
        expect(getPlace(b, slug), slug).toEqual(getPlace(a, slug));
      }
      const overview = (catalogue: Catalogue) => {
        const { source, ...rest } = getOverview(catalogue);
        return { ...rest, source: { ...source, ingestedAt: '' } };
      };
      expect(overview(b)).toEqual(overview(a));
      expect(getSource(b).lines).toEqual(getSource(a).lines);
      expect(getSource(b).issues).toEqual(getSource(a).issues);
    });
  });

  it('re-ingest of the same source changes nothing; a bad source leaves the data as it was', async () => {
    const before = await readTables(pg);
    expect(await ingest({ sourcePath: SOURCE_PATH, database: pg })).toMatchObject({
      status: 'unchanged',
    });
    expect(await readTables(pg)).toEqual(before);
    const bad = join(dir, 'not-the-list.txt');
    await writeFile(bad, '这不是清单。\n');
    await expect(ingest({ sourcePath: bad, database: pg })).rejects.toThrow(/no numbered items/);
    expect(await readTables(pg)).toEqual(before);
    expect(await ingest({ sourcePath: shorter, database: pg })).toMatchObject({
      status: 'rebuilt',
      items: 222,
    });
    expect(await ingest({ sourcePath: SOURCE_PATH, database: pg })).toMatchObject({
      status: 'rebuilt',
      items: 223,
    });
    expect(withoutLoadStamps(await readTables(pg))).toEqual(withoutLoadStamps(before));
  }, 120_000);

  it('re-ingest replaces every row in one transaction: a reader sees all old rows or all new', async () => {
    // One statement sees one snapshot: the counts of several tables and the source's name.
    const STATE = `SELECT (SELECT count(*) FROM "Item")::int, (SELECT count(*) FROM "ItemPlace")::int,
      (SELECT count(*) FROM "Translation")::int, (SELECT count(*) FROM "Place")::int,
      (SELECT string_agg("fileName", ',') FROM "Source")`;
    const state = (tables: Awaited<ReturnType<typeof readTables>>) => [
      tables.Item.length,
      tables.ItemPlace.length,
      tables.Translation.length,
      tables.Place.length,
      tables.Source.map((row) => row.fileName).join(','),
    ];
    const old = JSON.stringify(state(await readTables(pg)));
    const connection = await postgresAdapter(postgres.url).connect();
    const seen: string[] = [];
    let done = false;
    const watch = (async () => {
      while (!done) {
        const { rows } = await connection.queryRaw({ sql: STATE, args: [], argTypes: [] });
        seen.push(JSON.stringify(rows[0]));
      }
    })();
    try {
      await ingest({ sourcePath: shorter, database: pg });
      const fresh = JSON.stringify(state(await readTables(pg)));
      // Seen a little after the commit too.
      const last = seen.length;
      while (seen.length < last + 3) await new Promise((resolve) => setTimeout(resolve, 5));
      done = true;
      await watch;
      expect(fresh).not.toBe(old);
      expect(seen.length).toBeGreaterThan(10);
      expect([...new Set(seen)].sort()).toEqual([fresh, old].sort());
      expect(seen[0]).toBe(old);
      expect(seen.at(-1)).toBe(fresh);
    } finally {
      done = true;
      await watch;
      await connection.dispose();
    }
    await ingest({ sourcePath: SOURCE_PATH, database: pg });
  }, 120_000);

  it('a re-ingest killed in the middle of its transaction leaves the old rows', async () => {
    const before = await readTables(pg);
    const changed = join(dir, 'xinhua-sco-outcomes-2025-09-02-killed.txt');
    await writeFile(changed, `${SOURCE_TEXT}\n`);
    // The ingest's session holds a transaction id once it has written a row.
    const WRITING = `SELECT count(*)::int FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL`;
    const connection = await postgresAdapter(postgres.url).connect();
    const writing = async () =>
      (await connection.queryRaw({ sql: WRITING, args: [], argTypes: [] })).rows[0]?.[0];
    try {
      let killed = false;
      const result = await runSetup(postgres.url, ['--source', changed], (pid) => {
        const poll = async () => {
          while (!killed) {
            if ((await writing()) === 1) {
              process.kill(pid, 'SIGKILL');
              killed = true;
            }
          }
        };
        void poll();
      });
      if (!killed) killed = true; // stops the poll if the ingest ended first
      expect(result.signal).toBe('SIGKILL');
      // The server sees the connection drop and rolls the transaction back.
      const started = performance.now();
      while ((await writing()) !== 0) {
        expect(performance.now() - started).toBeLessThan(10_000);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await connection.dispose();
    }
    expect(await readTables(pg)).toEqual(before);
    const rerun = await runSetup(postgres.url, ['--source', changed]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/^ingested 223 items/);
    expect((await readTables(pg)).Source[0]?.fileName).toBe(
      'xinhua-sco-outcomes-2025-09-02-killed.txt',
    );
    await ingest({ sourcePath: SOURCE_PATH, database: pg });
  }, 120_000);

  it('opens PostgreSQL read-only for the catalogue', async () => {
    process.env.DATABASE_URL = postgres.url;
    await expect(withCatalogue((db) => db.$executeRawUnsafe('DELETE FROM "Item"'))).rejects.toThrow(
      /read-only/i,
    );
    expect(await queryOnce(postgres.url, 'SELECT count(*)::int FROM "Item"')).toEqual([[223]]);
  });
});
