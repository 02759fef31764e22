import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ingest } from '@/lib/db/ingest';
import { createScratchDatabase } from '@/lib/db/postgres';
import { SOURCE_PATH } from './source';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real list, ingested once: a SQLite file to copy, or a PostgreSQL database to read. */
    testCatalogue: { provider: 'sqlite' | 'postgresql'; location: string };
  }
}

/**
 * Once per run, the catalogue the database and catalogue tests read: the real list through the
 * real migrations and ingest. Each test file then copies the file (SQLite) or reads the one
 * database (PostgreSQL, with TEST_DATABASE_PROVIDER=postgresql and TEST_POSTGRES_URL), instead
 * of migrating and ingesting again (tests/support/catalogue-db.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_PROVIDER === 'postgresql') {
    const serverUrl = process.env.TEST_POSTGRES_URL;
    if (!serverUrl) throw new Error('TEST_DATABASE_PROVIDER=postgresql needs TEST_POSTGRES_URL');
    const scratch = await createScratchDatabase(serverUrl, 'catalogue_shared');
    await ingest({
      sourcePath: SOURCE_PATH,
      database: { provider: 'postgresql', url: scratch.url },
    });
    project.provide('testCatalogue', { provider: 'postgresql', location: scratch.url });
    return () => scratch.drop();
  }
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-shared-'));
  const path = join(dir, 'catalogue.db');
  await ingest({ sourcePath: SOURCE_PATH, database: { provider: 'sqlite', path } });
  project.provide('testCatalogue', { provider: 'sqlite', location: path });
  return () => rm(dir, { recursive: true, force: true });
}
