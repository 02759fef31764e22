import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { sqliteAdapter } from '@/lib/db/client';
import {
  createMigration,
  diffDatamodels,
  readMigrations,
  SQLITE_LAYOUT,
  writeMigration,
} from '@/lib/db/migrate';
import { createScratchDatabase, postgresAdapter } from '@/lib/db/postgres';
import { derivePostgresSchema, POSTGRES_LAYOUT } from '@/lib/db/postgres-schema';

// Prisma's own rule for migration names, so the stock CLI would accept the folder too.
const NameSchema = z
  .string()
  .regex(/^[a-z0-9_]{1,100}$/, 'use lower-case letters, digits and _ (e.g. add_item_links)');

const name = NameSchema.safeParse(process.argv[2]);
if (!name.success) {
  console.error(`usage: npm run db:migration:create -- <name>: ${name.error.issues[0]?.message}`);
  process.exit(2);
}

const report = (folder: string | null, dir: string, schema: string) =>
  console.log(
    folder
      ? `created ${dir}/${folder}/migration.sql`
      : `${schema} matches ${dir}: nothing to create`,
  );

// Each provider's migrations are replayed into a throw-away database to learn their current
// state, which the engine then diffs against the schema.
async function createSqliteMigration(migrationName: string, createdAt: Date): Promise<void> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'migration-create-'));
  try {
    const scratch = sqliteAdapter(join(scratchDir, 'scratch.db'), 'readwrite');
    const folder = await createMigration(SQLITE_LAYOUT, migrationName, scratch, createdAt);
    report(folder, 'prisma/migrations', 'prisma/schema.prisma');
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

/**
 * PostgreSQL's migrations are the steps between successive derived schemas: the one they were
 * last made from (prisma/postgres/schema.prisma, before it is rewritten) and the new one.
 */
async function createPostgresMigration(
  migrationName: string,
  createdAt: Date,
  previousSchema: string | null,
  serverUrl: string,
): Promise<void> {
  const scratch = await createScratchDatabase(serverUrl, 'migration_create');
  try {
    const adapter = postgresAdapter(scratch.url);
    const script = await diffDatamodels(POSTGRES_LAYOUT, previousSchema, adapter);
    const folder = await writeMigration(
      POSTGRES_LAYOUT,
      migrationName,
      script,
      adapter.provider,
      createdAt,
    );
    report(folder, 'prisma/postgres/migrations', 'prisma/postgres/schema.prisma');
  } finally {
    await scratch.drop();
  }
}

const serverUrl = process.env.TEST_POSTGRES_URL;
if (!serverUrl) {
  console.error(
    'error: set TEST_POSTGRES_URL=postgresql://user:password@host/db (a server where a scratch database may be created): the PostgreSQL migration is made beside the SQLite one',
  );
  process.exit(2);
}
const hasPostgresMigrations =
  (await readMigrations(POSTGRES_LAYOUT.migrationsDir)).migrationDirectories.length > 0;
const previousPostgresSchema = hasPostgresMigrations
  ? await readFile(POSTGRES_LAYOUT.schemaPath, 'utf8')
  : null;
// One timestamp for both, so each schema change has the same folder name in both layouts.
const createdAt = new Date();
await createSqliteMigration(name.data, createdAt);
await writeFile(
  POSTGRES_LAYOUT.schemaPath,
  derivePostgresSchema(await readFile(SQLITE_LAYOUT.schemaPath, 'utf8')),
);
await createPostgresMigration(name.data, createdAt, previousPostgresSchema, serverUrl);
