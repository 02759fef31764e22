import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import {
  type MigrationList,
  NO_FILTERS,
  type SchemaEngine,
  withSchemaEngine,
} from './schema-engine';

/** A Prisma schema and the migrations folder that must reproduce it. */
export interface SchemaLayout {
  schemaPath: string;
  migrationsDir: string;
}

const fromProjectRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export const SQLITE_LAYOUT: SchemaLayout = {
  schemaPath: fromProjectRoot('prisma/schema.prisma'),
  migrationsDir: fromProjectRoot('prisma/migrations'),
};

const LOCKFILE = 'migration_lock.toml';
const MIGRATION_FILE = 'migration.sql';

/** Reads the migrations folder the way the Prisma CLI does, so the engine sees the same history. */
export async function readMigrations(migrationsDir: string): Promise<MigrationList> {
  const lockContent = await readFile(join(migrationsDir, LOCKFILE), 'utf8').catch(() => null);
  const entries = existsSync(migrationsDir)
    ? await readdir(migrationsDir, { withFileTypes: true })
    : [];
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const migrationDirectories = await Promise.all(
    folders.map(async (folder) => ({
      path: folder,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(join(migrationsDir, folder, MIGRATION_FILE), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

async function withEngine<T>(
  layout: SchemaLayout,
  adapter: SqlMigrationAwareDriverAdapterFactory,
  use: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const schema = { path: layout.schemaPath, content: await readFile(layout.schemaPath, 'utf8') };
  return withSchemaEngine(schema, adapter, (engine) => use(engine, schema));
}

/** The SQL script from `from` to the schema: what a new migration holds. */
async function diffToSchema(
  engine: SchemaEngine,
  schema: { path: string; content: string },
  from: Parameters<SchemaEngine['diff']>[0]['from'],
): Promise<string> {
  const { stdout } = await engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [schema] },
    script: true,
    exitCode: null,
    filters: NO_FILTERS,
  });
  return stdout ?? '';
}

/** Applies pending migrations and records them in `_prisma_migrations`, as `prisma migrate deploy`. */
export function applyMigrations(
  layout: SchemaLayout,
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string[]> {
  return withEngine(layout, adapter, async (engine) => {
    const migrationsList = await readMigrations(layout.migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: NO_FILTERS,
    });
    return appliedMigrationNames;
  });
}

/**
 * The SQL that takes the migrations' current state to the schema. The migrations are
 * applied to `scratch` (an empty database) with the same call `migrate deploy` uses, then the
 * engine diffs that database against the schema. (Replaying them on the engine's shadow
 * database instead fails with the better-sqlite3 adapter: it sends whole scripts to
 * executeRaw, which runs one statement.)
 */
async function diffMigrationsToSchema(
  layout: SchemaLayout,
  scratch: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  await applyMigrations(layout, scratch);
  return withEngine(layout, scratch, (engine, schema) =>
    diffToSchema(engine, schema, {
      tag: 'schemaDatasource',
      files: [schema],
      configDir: dirname(layout.schemaPath),
    }),
  );
}

function withoutComments(sql: string): string {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .trim();
}

/**
 * Writes a new migration folder (`<UTC timestamp>_<name>/migration.sql`) holding what the
 * schema adds to the migrations' current state, and the lock file, in Prisma's layout.
 * Returns the folder name, or null when the schema brings nothing new.
 */
export async function createMigration(
  layout: SchemaLayout,
  name: string,
  scratch: SqlMigrationAwareDriverAdapterFactory,
  createdAt = new Date(),
): Promise<string | null> {
  const script = await diffMigrationsToSchema(layout, scratch);
  return writeMigration(layout, name, script, scratch.provider, createdAt);
}

/**
 * The SQL taking a database shaped by `fromSchema` (empty when null) to the layout's schema.
 * A pure comparison of two datamodels; the engine connects only for its start-up checks.
 * PostgreSQL migrations are made this way because the engine cannot read a PostgreSQL
 * database's structure through the pg adapter (it fails on the catalogs' "char" columns).
 */
export function diffDatamodels(
  layout: SchemaLayout,
  fromSchema: string | null,
  adapter: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  return withEngine(layout, adapter, (engine, schema) =>
    diffToSchema(
      engine,
      schema,
      fromSchema === null
        ? { tag: 'empty' }
        : { tag: 'schemaDatamodel', files: [{ path: schema.path, content: fromSchema }] },
    ),
  );
}

/** Saves a migration script in Prisma's layout; null, and nothing written, when it is empty. */
export async function writeMigration(
  layout: SchemaLayout,
  name: string,
  script: string,
  adapterProvider: string,
  createdAt = new Date(),
): Promise<string | null> {
  if (withoutComments(script) === '') return null;
  const folderName = `${migrationTimestamp(createdAt)}_${name}`;
  const folder = join(layout.migrationsDir, folderName);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, MIGRATION_FILE), script, 'utf8');
  await writeFile(join(layout.migrationsDir, LOCKFILE), lockfileText(adapterProvider), 'utf8');
  return folderName;
}

/** Prisma names migration folders by their UTC creation time, YYYYMMDDHHMMSS. */
function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(0, 14);
}

function lockfileText(adapterProvider: string): string {
  const provider = adapterProvider === 'postgres' ? 'postgresql' : adapterProvider;
  return [
    '# Please do not edit this file manually',
    '# It should be added in your version-control system (e.g., Git)',
    `provider = "${provider}"`,
    '',
  ].join('\n');
}
