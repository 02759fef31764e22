import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FiltersSchema, listOutcomes } from '@/lib/catalogue';
import { ingest } from '@/lib/db/ingest';
import { sqliteTarget } from '@/lib/db/ingest-sqlite';
import { ingestVersions } from '@/lib/db/versions';
import { parseSource } from '@/lib/parser';
import { syntheticCatalogue } from './bench/synthetic';

// Times a full ingest of the real copy and of a synthetic 100 000-item catalogue (generated
// from a fixed seed: see scripts/bench/synthetic.ts), prints each database's size, and times
// faceted listings on both (median and p95 over RUNS calls of listOutcomes, which is rows +
// total + six facet counts, exactly what the outcomes page asks for).
const SOURCE = 'data/xinhua-sco-outcomes-2025-09-02.txt';
const SYNTHETIC_SIZE = Number(process.env.BENCH_SIZE ?? 100_000);
const SEED = Number(process.env.BENCH_SEED ?? 20250902);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
// BENCH_DB names a file to keep the synthetic database in: built there when missing, reused
// (not rebuilt, so its size and seed must be the ones wanted) when present. The 100 000-item
// load takes about a minute, so comparing listing timings before and after a change is quicker.
const KEPT_DB = process.env.BENCH_DB;

const LISTINGS = {
  'all, faceted': {},
  'filtered + faceted': { section: ['meetings', 'documents'], year: [2025], place: ['china'] },
  'text search 论坛 + facets': { q: '论坛', sort: 'title' },
  'pinyin shenyang, page 3': { q: 'shenyang', page: 3 },
} as const;

interface Row {
  database: string;
  measure: string;
  value: string;
}

const rows: Row[] = [];
const ms = (value: number) => `${value.toFixed(1)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

async function timeListings(database: string, url: string): Promise<void> {
  process.env.DATABASE_URL = url;
  for (const [name, filters] of Object.entries(LISTINGS)) {
    const parsed = FiltersSchema.parse(filters);
    await listOutcomes(parsed);
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      total = (await listOutcomes(parsed)).total;
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    rows.push({
      database,
      measure: `${name} (${total} hits)`,
      value: `median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}`,
    });
  }
}

async function sizeOf(path: string): Promise<string> {
  return `${((await stat(path)).size / 1024 / 1024).toFixed(2)} MiB`;
}

const dir = await mkdtemp(join(tmpdir(), 'bench-db-'));
try {
  const realPath = join(dir, 'real.db');
  let started = performance.now();
  await ingest({ sourcePath: SOURCE, database: { provider: 'sqlite', path: realPath } });
  rows.push({
    database: 'real (223 items)',
    measure: 'full ingest',
    value: ms(performance.now() - started),
  });
  rows.push({
    database: 'real (223 items)',
    measure: 'database size',
    value: await sizeOf(realPath),
  });
  await timeListings('real (223 items)', `file:${realPath}`);

  const label = `synthetic (${SYNTHETIC_SIZE}, seed ${SEED})`;
  const syntheticPath = KEPT_DB ?? join(dir, 'synthetic.db');
  if (KEPT_DB && existsSync(KEPT_DB)) {
    rows.push({ database: label, measure: 'load', value: `reused ${KEPT_DB}` });
  } else {
    started = performance.now();
    const real = parseSource(await readFile(SOURCE));
    const data = syntheticCatalogue(real, SYNTHETIC_SIZE, SEED, await ingestVersions());
    rows.push({
      database: label,
      measure: 'generate + enrich',
      value: ms(performance.now() - started),
    });
    started = performance.now();
    await sqliteTarget(syntheticPath).replace(data);
    rows.push({
      database: label,
      measure: 'load (migrate, insert, check, swap)',
      value: ms(performance.now() - started),
    });
  }
  rows.push({ database: label, measure: 'database size', value: await sizeOf(syntheticPath) });
  await timeListings(label, `file:${syntheticPath}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

const width = (key: keyof Row) => Math.max(key.length, ...rows.map((row) => row[key].length));
const line = (row: Row) =>
  `| ${row.database.padEnd(width('database'))} | ${row.measure.padEnd(width('measure'))} | ${row.value.padEnd(width('value'))} |`;
console.log(line({ database: 'database', measure: 'measure', value: 'value' }));
console.log(
  `|${['database', 'measure', 'value'].map((k) => '-'.repeat(width(k as keyof Row) + 2)).join('|')}|`,
);
for (const row of rows) console.log(line(row));
