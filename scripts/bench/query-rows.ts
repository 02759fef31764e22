import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { type Filters, FiltersSchema, listOutcomes, type OutcomeListing } from '@/lib/catalogue';
import type { DatabaseLocation } from '@/lib/db/database-url';
import { ingest } from '@/lib/db/ingest';
import { sqliteTarget } from '@/lib/db/ingest-sqlite';
import type { IngestTarget } from '@/lib/db/ingest-target';
import type { CatalogueData } from '@/lib/db/load';
import { ingestVersions } from '@/lib/db/versions';
import { syntheticCatalogue } from '@/lib/harness/synthetic-catalogue';
import { parseSource } from '@/lib/parser';
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
 * The query layer against hand-written SQL: the list page's listings through lib/catalogue
 * (listOutcomes: rows with labels, total, every facet) and through ./raw-listing.ts, on the real
 * list and on a synthetic catalogue of SYNTHETIC_SIZE items, in SQLite and, given a server, in
 * PostgreSQL. Each pair is checked to give the same answer before it is timed.
 */

const SOURCE = 'data/xinhua-sco-outcomes-2025-09-02.txt';
export const SYNTHETIC_SIZE = 100_000;
export const SYNTHETIC_SEED = 20250902;
const SMALL_RUNS = 200;
const LARGE_RUNS = 40;
/** lib/catalogue's p95 against the hand-written SQL's, and its ceiling at SYNTHETIC_SIZE items. */
const RATIO_GOAL = 3;
const LARGE_P95_GOAL_MS = 50;
// Kept between runs (var/ is git-ignored): rebuilt only when the seed, size or code changes.
const KEPT_DIR = join('var', 'bench');

const LISTINGS: Array<{ name: string; filters: Partial<Filters> }> = [
  { name: 'list, filters', filters: { section: ['documents'], place: ['shenyang'] } },
  { name: 'list, Chinese search', filters: { q: '论坛' } },
  { name: 'list, no filter', filters: {} },
];

interface Catalogue {
  label: string;
  large: boolean;
  location: DatabaseLocation;
  driver: () => Promise<RawDriver>;
}

export async function queryRows(postgresServer: string | undefined): Promise<Row[]> {
  await mkdir(KEPT_DIR, { recursive: true });
  const synthetic = await syntheticData();
  const realPath = join(KEPT_DIR, 'real.db');
  const syntheticPath = join(KEPT_DIR, `synthetic-${SYNTHETIC_SIZE}-${SYNTHETIC_SEED}.db`);
  const catalogues: Catalogue[] = [
    {
      label: `SQLite, the list (${await ingestReal({ provider: 'sqlite', path: realPath })} items)`,
      large: false,
      location: { provider: 'sqlite', path: realPath },
      driver: async () => sqliteDriver(realPath),
    },
    {
      label: `SQLite, synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items)`,
      large: true,
      location: { provider: 'sqlite', path: syntheticPath },
      driver: async () => sqliteDriver(syntheticPath),
    },
  ];
  const rows: Row[] = [];
  rows.push(await loadRow('SQLite', sqliteTarget(syntheticPath), synthetic));
  rows.push({
    measure: 'database size',
    subject: catalogues[1]?.label ?? '',
    goal: '',
    met: true,
    notes: `${((await stat(syntheticPath)).size / 2 ** 20).toFixed(1)} MiB`,
  });
  if (postgresServer) {
    const realUrl = await benchDatabase(postgresServer, 'catalogue_bench_real');
    const syntheticUrl = await benchDatabase(postgresServer, 'catalogue_bench_synthetic');
    const items = await ingestReal({ provider: 'postgresql', url: realUrl });
    const started = performance.now();
    const kept = await copyToPostgres(syntheticPath, syntheticUrl);
    rows.push({
      measure: 'load (copied from the SQLite file)',
      subject: `PostgreSQL, synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items, seed ${SYNTHETIC_SEED})`,
      goal: '',
      met: true,
      notes: kept
        ? 'kept from an earlier run (same seed, size and code)'
        : `${((performance.now() - started) / 1000).toFixed(1)} s`,
    });
    catalogues.push(
      {
        label: `PostgreSQL, the list (${items} items)`,
        large: false,
        location: { provider: 'postgresql', url: realUrl },
        driver: () => postgresDriver(realUrl),
      },
      {
        label: `PostgreSQL, synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items)`,
        large: true,
        location: { provider: 'postgresql', url: syntheticUrl },
        driver: () => postgresDriver(syntheticUrl),
      },
    );
  }
  const saved = process.env.DATABASE_URL;
  try {
    for (const catalogue of catalogues) rows.push(...(await timeCatalogue(catalogue)));
  } finally {
    process.env.DATABASE_URL = saved;
  }
  return rows;
}

async function syntheticData(): Promise<CatalogueData> {
  const real = parseSource(await readFile(SOURCE));
  return syntheticCatalogue(real, SYNTHETIC_SIZE, SYNTHETIC_SEED, await ingestVersions());
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

/** A database of that name on the server, created when missing; its URL. */
async function benchDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function timeCatalogue(catalogue: Catalogue): Promise<Row[]> {
  process.env.DATABASE_URL =
    catalogue.location.provider === 'sqlite'
      ? `file:${catalogue.location.path}`
      : catalogue.location.url;
  const driver = await catalogue.driver();
  const runs = catalogue.large ? LARGE_RUNS : SMALL_RUNS;
  const rows: Row[] = [];
  try {
    const started = performance.now();
    await listOutcomes(FiltersSchema.parse({}));
    rows.push({
      measure: 'first listing after a load (builds the index)',
      subject: catalogue.label,
      p50: performance.now() - started,
      goal: '',
      met: true,
    });
    for (const { name, filters } of LISTINGS) {
      const parsed = FiltersSchema.parse(filters);
      const ours = await listOutcomes(parsed);
      expectSameAnswer(ours, await rawListing(driver, parsed), `${catalogue.label}, ${name}`);
      const lib = await timed(runs, () => listOutcomes(parsed));
      const raw = await timed(runs, () => rawListing(driver, parsed));
      const ratio = lib.p95 / raw.p95;
      const underCeiling = !catalogue.large || lib.p95 < LARGE_P95_GOAL_MS;
      rows.push(
        {
          measure: `${name}: lib/catalogue`,
          subject: catalogue.label,
          p50: lib.p50,
          p95: lib.p95,
          ratio: { value: ratio, of: 'SQL' },
          goal: `p95 ≤ ${RATIO_GOAL}× SQL${catalogue.large ? `, < ${LARGE_P95_GOAL_MS} ms` : ''}`,
          met: ratio <= RATIO_GOAL && underCeiling,
          notes: `${ours.total.toLocaleString('en-US')} matches; ${runs} runs`,
        },
        {
          measure: `${name}: hand-written SQL`,
          subject: catalogue.label,
          p50: raw.p50,
          p95: raw.p95,
          goal: '',
          met: true,
          notes: 'reference',
        },
      );
    }
  } finally {
    await driver.close();
  }
  return rows;
}

async function timed(runs: number, run: () => Promise<unknown>) {
  await run();
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
  const same =
    ours.total === raw.total &&
    JSON.stringify(ours.items.map((item) => item.key)) === JSON.stringify(raw.keys) &&
    counts(ourFacets) === counts(raw.facets);
  if (!same) throw new Error(`${what}: lib/catalogue and the hand-written SQL disagree`);
}
