import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { ingest } from '@/lib/db/ingest';
import { createScratchDatabase } from '@/lib/db/postgres';

import { SOURCE_PATH } from './source';

export { SOURCE_PATH };

/**
 * `TEST_DATABASE_PROVIDER=postgresql` (with TEST_POSTGRES_URL) runs the catalogue suite
 * against PostgreSQL; SQLite otherwise.
 */
export const TEST_PROVIDER =
  process.env.TEST_DATABASE_PROVIDER === 'postgresql' ? 'postgresql' : 'sqlite';

export interface TestDatabase {
  /** A directory for the test's own files (and, for SQLite, the database). */
  dir: string;
  /** The SQLite file; empty for PostgreSQL. */
  path: string;
  url: string;
  remove(): Promise<void>;
}

/**
 * The real list's catalogue for one test file, made the catalogue's database through
 * DATABASE_URL: a copy of the file the run's global setup built (tests/support/global-setup.ts),
 * or, on PostgreSQL, the one database it loaded (read-only tests share it).
 */
export async function useTestCatalogue(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-test-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  const shared = inject('testCatalogue');
  if (shared.provider === 'postgresql') {
    process.env.DATABASE_URL = shared.location;
    return { dir, path: '', url: shared.location, remove: removeDir };
  }
  const path = join(dir, 'catalogue.db');
  await copyFile(shared.location, path);
  const url = `file:${path}`;
  process.env.DATABASE_URL = url;
  return { dir, path, url, remove: removeDir };
}

/**
 * A catalogue of its own, built from `sourcePath` by the real migrations and ingest, for a test
 * that changes it (a re-ingest) or needs another list.
 */
export async function buildTestDatabase(sourcePath = SOURCE_PATH): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-test-'));
  const removeDir = () => rm(dir, { recursive: true, force: true });
  if (TEST_PROVIDER === 'postgresql') {
    const serverUrl = process.env.TEST_POSTGRES_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_PROVIDER=postgresql needs TEST_POSTGRES_URL');
    const scratch = await createScratchDatabase(serverUrl, 'catalogue_test');
    await ingest({ sourcePath, database: { provider: 'postgresql', url: scratch.url } });
    process.env.DATABASE_URL = scratch.url;
    return {
      dir,
      path: '',
      url: scratch.url,
      remove: async () => {
        await scratch.drop();
        await removeDir();
      },
    };
  }
  const path = join(dir, 'catalogue.db');
  await ingest({ sourcePath, database: { provider: 'sqlite', path } });
  const url = `file:${path}`;
  process.env.DATABASE_URL = url;
  return { dir, path, url, remove: removeDir };
}
