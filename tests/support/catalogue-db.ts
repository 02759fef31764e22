import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingest } from '@/lib/db/ingest';
import { createScratchDatabase } from '@/lib/db/postgres';

export const SOURCE_PATH = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');

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
 * A real catalogue built by the real migrations and ingest, one per test file (a fresh file in
 * a temporary directory, or a fresh PostgreSQL database), made the catalogue's database
 * through DATABASE_URL.
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
