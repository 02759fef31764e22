import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  EXPORT_ROWS_MAX,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_LENGTH,
  URL_LENGTH_MAX,
} from '@/lib/constants';
import { sqliteTarget } from '@/lib/db/ingest-sqlite';
import { ingestVersions } from '@/lib/db/versions';
import { parseSource } from '@/lib/parser';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { syntheticCatalogue } from '@/scripts/harness/synthetic-catalogue';
import { SOURCE_PATH } from '../support/catalogue-db';

/**
 * The requests that would be slow on a large catalogue — a search most items match, the
 * largest page, the whole list as CSV — against the production server on a synthetic catalogue
 * of 100 000 items. Each stays bounded because of a cap the code enforces (lib/constants.ts);
 * this checks what the caps do. How fast the capped requests answer is measured by
 * `npm run bench` (scripts/bench/caps-rows.ts), not asserted here.
 */

const SIZE = 100_000;
let dir: string;
let server: RunningServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-caps-'));
  const path = join(dir, 'catalogue.db');
  const real = parseSource(await readFile(SOURCE_PATH));
  await sqliteTarget(path).replace(
    syntheticCatalogue(real, SIZE, 20250902, await ingestVersions()),
  );
  server = await startServer({
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: inject('distDir'),
    DATABASE_URL: `file:${path}`,
  });
}, 900_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function get(path: string) {
  const response = await fetch(new URL(path, server.baseURL));
  return { response, body: await response.text() };
}

describe(`on ${SIZE.toLocaleString('en-US')} items`, () => {
  it('lists the whole catalogue, one page of it', async () => {
    const { response, body } = await get('/api/outcomes');
    expect(response.status).toBe(200);
    const listing = JSON.parse(body) as { total: number; items: unknown[] };
    expect(listing.total).toBe(SIZE);
    expect(listing.items).toHaveLength(PAGE_SIZE_DEFAULT);
  });

  it(`a search most items match, at the largest page (${PAGE_SIZE_MAX}): one page, the true total`, async () => {
    const { response, body } = await get(
      `/api/outcomes?q=${encodeURIComponent('合作')}&pageSize=${PAGE_SIZE_MAX}`,
    );
    expect(response.status).toBe(200);
    const listing = JSON.parse(body) as { total: number; items: unknown[] };
    expect(listing.total).toBeGreaterThan(SIZE / 2);
    expect(listing.items).toHaveLength(PAGE_SIZE_MAX);
    const page = await get(`/outcomes?q=${encodeURIComponent('合作')}&pageSize=${PAGE_SIZE_MAX}`);
    expect(page.response.status).toBe(200);
    // The page shows the one page of rows the API gave, each linking to its item.
    expect(page.body.match(/href="\/outcomes\/[a-z]+\/\d+"/g)?.length).toBeGreaterThanOrEqual(
      PAGE_SIZE_MAX,
    );
  });

  it('a larger page, a deeper page or a longer query is refused, not run', async () => {
    for (const path of [
      `/api/outcomes?pageSize=${PAGE_SIZE_MAX + 1}`,
      `/api/outcomes?page=${PAGE_MAX + 1}`,
      `/api/outcomes?q=${'长'.repeat(QUERY_MAX_LENGTH + 1)}`,
    ]) {
      const { response } = await get(path);
      expect(response.status, path).toBe(400);
    }
    const tooLong = await get(`/outcomes?q=${'a'.repeat(URL_LENGTH_MAX)}`);
    expect(tooLong.response.status).toBe(414);
  });

  it(`the whole catalogue as CSV stops at ${EXPORT_ROWS_MAX.toLocaleString('en-US')} rows and says so`, async () => {
    const { response, body } = await get('/api/outcomes.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('X-Total-Count')).toBe(String(SIZE));
    expect(response.headers.get('X-Export-Truncated')).toBe('true');
    // A header line, the rows, each ended by CRLF.
    expect(body.split('\r\n').filter((line) => line !== '')).toHaveLength(EXPORT_ROWS_MAX + 1);
  });
});
