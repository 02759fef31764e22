import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FACET_KEYS } from '@/lib/catalogue/address';
import { EXPORT_ROWS_MAX, PAGE_SIZE_MAX } from '@/lib/constants';
import { onCleanup } from '@/scripts/harness/processes';
import { startServer } from '@/scripts/harness/server';
import { ANSWER_WITHIN_MS } from '../../tests/e2e/support/answer-bound';
import { encode } from './http-rows';
import { COMMON_WORD, SYNTHETIC_PATH, SYNTHETIC_SIZE } from './query-rows';
import type { Row } from './table';

/**
 * The requests that would be slow on a large catalogue, each bounded by a cap of
 * lib/constants.ts (tests/e2e/caps.test.ts checks what the caps do), timed against the
 * production server on the synthetic catalogue: a listing once the index is built, a search
 * most items match at the largest page (JSON and HTML), and the whole catalogue as CSV, which
 * stops at EXPORT_ROWS_MAX rows. Each is held to the bound every answer is held to.
 */

const REQUESTS = [
  { measure: 'capped, listing', path: '/api/outcomes' },
  {
    measure: `capped, search, page of ${PAGE_SIZE_MAX}`,
    path: `/api/outcomes?q=${COMMON_WORD}&pageSize=${PAGE_SIZE_MAX}`,
  },
  {
    measure: `capped, search page, ${PAGE_SIZE_MAX} rows`,
    path: `/outcomes?q=${COMMON_WORD}&pageSize=${PAGE_SIZE_MAX}`,
  },
  { measure: `capped, CSV of ${EXPORT_ROWS_MAX} rows`, path: '/api/outcomes.csv' },
];

/** Requests per row, one after another. */
const RUNS = 5;

async function timedGet(baseURL: string, path: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseURL}${encode(path)}`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}, expected 200`);
  return performance.now() - started;
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;

export async function capsRows(env: NodeJS.ProcessEnv): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-caps-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const path = join(dir, 'catalogue.db');
  await copyFile(SYNTHETIC_PATH, path);
  const server = await startServer({ ...env, DATABASE_URL: `file:${path}` });
  onCleanup(server.stop);
  const size = `synthetic (${SYNTHETIC_SIZE.toLocaleString('en-US')} items)`;
  try {
    const first = await timedGet(server.baseURL, '/api/outcomes?sort=number');
    const rows: Row[] = [
      {
        measure: 'capped, first listing after a load',
        subject: size,
        p50: first,
        goal: '',
        met: true,
        notes: 'reads the catalogue and builds the listing index, once per load',
      },
    ];
    for (const request of REQUESTS) {
      const times: number[] = [];
      // The server keeps every answer it made, by address; another facet shown whole (`more`)
      // makes each run a new address for the same work, so every run is rendered.
      for (const more of FACET_KEYS.slice(0, RUNS)) {
        const separator = request.path.includes('?') ? '&' : '?';
        times.push(await timedGet(server.baseURL, `${request.path}${separator}more=${more}`));
      }
      times.sort((a, b) => a - b);
      const p95 = quantile(times, 0.95);
      rows.push({
        measure: request.measure,
        subject: `${request.path} (${size})`,
        p50: quantile(times, 0.5),
        p95,
        goal: `p95 < ${ANSWER_WITHIN_MS.toLocaleString('en-US')} ms`,
        met: p95 < ANSWER_WITHIN_MS,
        notes: `${times.length} requests in turn, each a new address`,
      });
    }
    return rows;
  } finally {
    await server.stop();
  }
}
