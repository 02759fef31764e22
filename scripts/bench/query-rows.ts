import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import {
  type Catalogue,
  defaultSort,
  EMPTY_FILTERS,
  type Filters,
  listOutcomes,
  type OutcomeListing,
} from '@/lib/catalogue';
import { buildIndex } from '@/lib/catalogue/facets';
import { readCatalogue } from '@/lib/catalogue/read';
import { type CatalogueClient, sqliteClient } from '@/lib/db/client';
import type { DatabaseLocation } from '@/lib/db/database-url';
import { ingest } from '@/lib/db/ingest';
import { sqliteTarget } from '@/lib/db/ingest-sqlite';
import type { IngestTarget } from '@/lib/db/ingest-target';
import type { CatalogueData } from '@/lib/db/load';
import { asCatalogueClient, postgresClient } from '@/lib/db/postgres';
import { ingestVersions } from '@/lib/db/versions';
import { parseSource } from '@/lib/parser';
import { syntheticCatalogue } from '@/scripts/harness/synthetic-catalogue';
import { copyToPostgres } from './copy-to-postgres';
import {
  postgresDriver,
  type RawDriver,
  type RawListing,
  rawListing,
  sqliteDriver,
} from './raw-listing';
import type { Row } from './table';

/**
 * The query layer. A served catalogue is read whole into memory once per ingest (readCatalogue:
 * every table, joined, and the listing index built); a listing is then answered from memory
 * (listOutcomes: rows, total, every facet). Both are timed on the real list and on a synthetic
 * catalogue of SYNTHETIC_SIZE items, in SQLite and, given a server, in PostgreSQL; each listing
 * next to the same listing as SQL written by hand (./raw-listing.ts), checked to give the same
 * answer first.
 */

const SOURCE = 'data/xinhua-sco-outcomes-2025-09-02.txt';
export const SYNTHETIC_SIZE = 100_000;
export const SYNTHETIC_SEED = 20250902;
/** Timed runs of each listing, and reads of the whole catalogue, on the list and the large one. */
export const RUNS = { listings: { small: 200, large: 40 }, loads: { small: 5, large: 3 } };
const WEIGHED_READ = 1;
/** lib/catalogue's p95 against the hand-written SQL's, and its ceiling at SYNTHETIC_SIZE items. */
const RATIO_GOAL = 3;
const LARGE_P95_GOAL_MS = 50;
/** A word most titles hold, for the search ranked by relevance over the large catalogue. */
export const COMMON_WORD = '合作';
// Kept between runs (var/ is git-ignored): rebuilt only when the seed, size or code changes.
const KEPT_DIR = join('var', 'bench');
/** The synthetic catalogue's SQLite file, which queryRows makes (the caps rows serve it). */
export const SYNTHETIC_PATH = join(KEPT_DIR, `synthetic-${SYNTHETIC_SIZE}-${SYNTHETIC_SEED}.db`);

const search = (q: string): Filters => ({ ...EMPTY_FILTERS, q, sort: defaultSort(q) });

/** `exact`: the SQL must give the same page, total and facet counts; else only the totals are compared. */
const LISTINGS: Array<{ name: string; filters: Filters; exact: boolean }> = [
  {
    name: 'list, filters',
    filters: { ...EMPTY_FILTERS, section: ['documents'], place: ['shenyang'] },
    exact: true,
  },
  { name: 'list, Chinese search', filters: search('论坛'), exact: false },
  { name: 'list, no filter', filters: EMPTY_FILTERS, exact: true },
];

interface Database {
  label: string;
  large: boolean;
  client: () => CatalogueClient;
  driver: () => Promise<RawDriver>;
}

export async function queryRows(postgresServer: string | undefined): Promise<Row[]> {
  await mkdir(KEPT_DIR, { recursive: true });
  const { data: synthetic, row: enrichRow } = await syntheticData();
  const realPath = join(KEPT_DIR, 'real.db');
  const syntheticPath = SYNTHETIC_PATH;
  const items = await ingestReal({ provider: 'sqlite', path: realPath });
  const size = SYNTHETIC_SIZE.toLocaleString('en-US');
  const databases: Database[] = [
    {
      label: `SQLite, the list (${items} items)`,
      large: false,
      client: () => sqliteClient(realPath, 'readonly'),
      driver: async () => sqliteDriver(realPath),
    },
    {
      label: `SQLite, synthetic (${size} items)`,
      large: true,
      client: () => sqliteClient(syntheticPath, 'readonly'),
      driver: async () => sqliteDriver(syntheticPath),
    },
  ];
  const rows: Row[] = [enrichRow];
  rows.push(await loadRow('SQLite', sqliteTarget(syntheticPath), synthetic));
  rows.push({
    measure: 'database size',
    subject: databases[1]?.label ?? '',
    goal: '',
    met: true,
    notes: `${((await stat(syntheticPath)).size / 2 ** 20).toFixed(1)} MiB`,
  });
  if (postgresServer) {
    const realUrl = await benchDatabase(postgresServer, 'catalogue_bench_real');
    const syntheticUrl = await benchDatabase(postgresServer, 'catalogue_bench_synthetic');
    await ingestReal({ provider: 'postgresql', url: realUrl });
    const started = performance.now();
    const kept = await copyToPostgres(syntheticPath, syntheticUrl);
    rows.push({
      measure: 'load (copied from the SQLite file)',
      subject: `PostgreSQL, synthetic (${size} items, seed ${SYNTHETIC_SEED})`,
      goal: '',
      met: true,
      notes: kept
        ? 'kept from an earlier run (same seed, size and code)'
        : `${((performance.now() - started) / 1000).toFixed(1)} s`,
    });
    databases.push(
      {
        label: `PostgreSQL, the list (${items} items)`,
        large: false,
        client: () => asCatalogueClient(postgresClient(realUrl, 'readonly')),
        driver: () => postgresDriver(realUrl),
      },
      {
        label: `PostgreSQL, synthetic (${size} items)`,
        large: true,
        client: () => asCatalogueClient(postgresClient(syntheticUrl, 'readonly')),
        driver: () => postgresDriver(syntheticUrl),
      },
    );
  }
  for (const database of databases) rows.push(...(await timeDatabase(database)));
  return rows;
}

/** The synthetic catalogue, and a row with how long its titles took to enrich (lib/enrich). */
async function syntheticData(): Promise<{ data: CatalogueData; row: Row }> {
  const real = parseSource(await readFile(SOURCE));
  const versions = await ingestVersions();
  const started = performance.now();
  const data = syntheticCatalogue(real, SYNTHETIC_SIZE, SYNTHETIC_SEED, versions);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    data,
    row: {
      measure: 'enrich (places, types, topics, numbers)',
      subject: `synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items, seed ${SYNTHETIC_SEED})`,
      goal: '',
      met: true,
      notes: `${seconds} s, the titles made and read as ingest reads them`,
    },
  };
}

async function ingestReal(database: DatabaseLocation): Promise<number> {
  await ingest({ sourcePath: SOURCE, database });
  return parseSource(await readFile(SOURCE)).items.length;
}

/** Loads the synthetic catalogue unless the target holds it already; one row with the time. */
async function loadRow(engine: string, target: IngestTarget, data: CatalogueData): Promise<Row> {
  await target.prepare();
  const held = await target.holdsBuild({
    sha256: data.source.sha256,
    versions: data.source.versions,
  });
  const started = performance.now();
  if (!held) await target.replace(data);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    measure: 'load (migrate, insert, swap)',
    subject: `${engine}, synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items, seed ${SYNTHETIC_SEED})`,
    goal: '',
    met: true,
    notes: held ? 'kept from an earlier run (same seed, size and code)' : `${seconds} s`,
  };
}

/**
 * A database of that name on the server, created when missing; its URL. The server is reached
 * through the database DATABASE_URL names, or its maintenance database when that one is absent.
 */
async function benchDatabase(serverUrl: string, name: string): Promise<string> {
  const client = await connectToServer(serverUrl);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

const withDatabase = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

async function connectToServer(serverUrl: string): Promise<pg.Client> {
  const named = new pg.Client({ connectionString: serverUrl });
  try {
    await named.connect();
    return named;
  } catch (error) {
    // 3D000: no database of that name.
    if ((error as { code?: string }).code !== '3D000') throw error;
  }
  const maintenance = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await maintenance.connect();
  return maintenance;
}

/**
 * The collector, to weigh what a catalogue holds and to start each timed series clean. Node
 * gives it to scripts run with --expose-gc; otherwise the flag is set now and the function
 * taken from a new context.
 */
const gc = collector();

function collector(): (() => void) | undefined {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

/**
 * Heap and array buffers in use after full collections (the index's typed arrays are the
 * latter); a second collection takes what the first only freed the way to.
 */
function heldBytes(gc: () => void): number {
  gc();
  gc();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.arrayBuffers;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0)} MiB`;

/** The catalogue read whole (the last of `runs` reads), how long each read took, what it holds. */
/**
 * The catalogue read whole `runs` times (the last read is kept), the median time, and what one
 * catalogue holds in memory: the second read is weighed, then dropped (the first would count
 * what the client sets up on first use).
 */
async function loadCatalogue(database: Database): Promise<{ catalogue: Catalogue; row: Row }> {
  const runs = database.large ? RUNS.loads.large : RUNS.loads.small;
  const client = database.client();
  const times: number[] = [];
  let catalogue: Catalogue | undefined;
  let held: number | undefined;
  try {
    for (let run = 0; run < runs; run += 1) {
      if (run === WEIGHED_READ) {
        const weighed = await readWeighed(client);
        times.push(weighed.ms);
        held = weighed.held;
        continue;
      }
      catalogue = undefined;
      const started = performance.now();
      catalogue = await readCatalogue(client);
      times.push(performance.now() - started);
    }
  } finally {
    await client.$disconnect();
  }
  if (!catalogue) throw new Error(`${database.label}: nothing read`);
  const loaded = catalogue;
  const index = await timed(runs, () => buildIndex(loaded));
  times.sort((a, b) => a - b);
  return {
    catalogue,
    row: {
      measure: 'catalogue load (read whole + index)',
      subject: database.label,
      p50: times[Math.floor((times.length - 1) / 2)] ?? 0,
      goal: '',
      met: true,
      notes:
        `median of ${runs} reads; the index alone ${index.p50.toFixed(0)} ms; ` +
        (held === undefined
          ? 'memory not weighed'
          : `one catalogue holds ${mib(held)} of heap and array buffers`),
    },
  };
}

/**
 * One read of the catalogue, timed, and weighed: memory in use (after a full collection) with
 * it, less memory in use once it is dropped. Undefined when there is no collector, or the
 * catalogue outlived the drop so the difference would not be its size.
 */
async function readWeighed(client: CatalogueClient): Promise<{ ms: number; held?: number }> {
  const box: { catalogue?: Catalogue } = {};
  const started = performance.now();
  box.catalogue = await readCatalogue(client);
  const ms = performance.now() - started;
  if (!gc) return { ms };
  const weak = new WeakRef(box.catalogue);
  // Each weighing in a job of its own: what earlier jobs kept alive (a finished read's frames,
  // a WeakRef's target) is collectable by then.
  await nextJob();
  const withIt = heldBytes(gc);
  box.catalogue = undefined;
  await nextJob();
  const without = heldBytes(gc);
  return weak.deref() === undefined ? { ms, held: withIt - without } : { ms };
}

const nextJob = () => new Promise((done) => setImmediate(done));

async function timeDatabase(database: Database): Promise<Row[]> {
  const { catalogue, row } = await loadCatalogue(database);
  console.log(`${database.label}: ${row.measure} ${row.p50?.toFixed(0)} ms; ${row.notes}`);
  const rows: Row[] = [row];
  const driver = await database.driver();
  const runs = database.large ? RUNS.listings.large : RUNS.listings.small;
  try {
    for (const { name, filters, exact } of LISTINGS) {
      const ours = listOutcomes(catalogue, filters, null);
      const raw = await rawListing(driver, filters);
      const what = `${database.label}, ${name}`;
      if (exact) expectSameAnswer(ours, raw, what);
      const lib = await timed(runs, () => listOutcomes(catalogue, filters, null));
      const sql = await timed(runs, () => rawListing(driver, filters));
      const ratio = lib.p95 / sql.p95;
      const underCeiling = !database.large || lib.p95 < LARGE_P95_GOAL_MS;
      const matches = `${ours.total.toLocaleString('en-US')} matches`;
      rows.push(
        {
          measure: `${name}: lib/catalogue`,
          subject: database.label,
          p50: lib.p50,
          p95: lib.p95,
          ratios: [{ value: ratio, of: 'SQL' }],
          goal: `p95 ≤ ${RATIO_GOAL}× SQL${database.large ? `, < ${LARGE_P95_GOAL_MS} ms` : ''}`,
          met: ratio <= RATIO_GOAL && underCeiling,
          notes: `${matches}; ${runs} runs${exact ? '' : '; ranked by relevance'}`,
        },
        {
          measure: `${name}: hand-written SQL`,
          subject: database.label,
          p50: sql.p50,
          p95: sql.p95,
          goal: '',
          met: true,
          notes: exact
            ? 'reference'
            : raw.total === ours.total
              ? `reference: title LIKE, same total (${raw.total.toLocaleString('en-US')})`
              : `reference: title LIKE finds ${raw.total.toLocaleString('en-US')}, lib/search ${ours.total.toLocaleString('en-US')}; the SQL is a lower bound of the work`,
        },
      );
    }
  } finally {
    await driver.close();
  }
  if (database.large) {
    const filters = search(COMMON_WORD);
    const ours = listOutcomes(catalogue, filters, null);
    const lib = await timed(runs, () => listOutcomes(catalogue, filters, null));
    rows.push({
      measure: 'search ranked by relevance: lib/catalogue',
      subject: database.label,
      p50: lib.p50,
      p95: lib.p95,
      goal: `p95 < ${LARGE_P95_GOAL_MS} ms`,
      met: lib.p95 < LARGE_P95_GOAL_MS,
      notes: `q=${COMMON_WORD}: ${ours.total.toLocaleString('en-US')} matches ranked; ${runs} runs`,
    });
  }
  return rows;
}

/** Median and p95 of `runs` timed calls, after a few untimed ones and a full collection. */
async function timed(runs: number, run: () => unknown) {
  // Enough runs first for the compiler to have settled, so the percentiles time steady work.
  for (let i = 0; i < Math.max(10, runs / 4); i += 1) await run();
  gc?.();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95) };
}

/** The two routes must agree, or the timings compare different work. */
function expectSameAnswer(ours: OutcomeListing, raw: RawListing, what: string): void {
  const counts = (facets: Record<string, Map<string, number>>) =>
    JSON.stringify(
      Object.entries(facets)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([facet, values]) => [facet, [...values].sort()]),
    );
  const ourFacets = Object.fromEntries(
    Object.entries(ours.facets).map(([facet, values]) => [
      facet,
      new Map(values.filter((v) => v.count > 0).map((v) => [v.value, v.count])),
    ]),
  );
  const problems = [
    ours.total === raw.total ? '' : `total ${ours.total} against ${raw.total}`,
    JSON.stringify(ours.items.map((item) => item.key)) === JSON.stringify(raw.keys)
      ? ''
      : 'not the same page',
    counts(ourFacets) === counts(raw.facets) ? '' : 'not the same facet counts',
  ].filter((problem) => problem !== '');
  if (problems.length > 0) {
    throw new Error(
      `${what}: lib/catalogue and the hand-written SQL disagree: ${problems.join(', ')}`,
    );
  }
}
