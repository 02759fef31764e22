import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteAdapter } from '@/lib/db/client';
import { applyMigrations, createMigration, readMigrations, SQLITE_LAYOUT } from '@/lib/db/migrate';
import { derivePostgresSchema, POSTGRES_LAYOUT } from '@/lib/db/postgres-schema';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'migrations-test-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('reproduce schema.prisma exactly (run npm run db:migration:create -- <name> if not)', async () => {
    // What that command would write, made on a copy of the migrations: nothing.
    const copy = { ...SQLITE_LAYOUT, migrationsDir: join(dir, 'migrations') };
    await cp(SQLITE_LAYOUT.migrationsDir, copy.migrationsDir, { recursive: true });
    const scratch = sqliteAdapter(join(dir, 'scratch.db'), 'readwrite');
    const created = await createMigration(copy, 'pending', scratch);
    const pending =
      created === null
        ? ''
        : await readFile(join(copy.migrationsDir, created, 'migration.sql'), 'utf8');
    expect(pending).toBe('');
  });

  it('for PostgreSQL start from a schema derived from schema.prisma, never edited by hand', async () => {
    const derived = derivePostgresSchema(await readFile(SQLITE_LAYOUT.schemaPath, 'utf8'));
    expect(await readFile(POSTGRES_LAYOUT.schemaPath, 'utf8')).toBe(derived);
    const postgres = await readMigrations(POSTGRES_LAYOUT.migrationsDir);
    expect(postgres.lockfile.content).toContain('provider = "postgresql"');
    // Each schema change gets a migration for both databases (npm run db:migration:create).
    const names = (list: typeof postgres) => list.migrationDirectories.map((m) => m.path);
    expect(names(postgres)).toEqual(names(await readMigrations(SQLITE_LAYOUT.migrationsDir)));
  });

  it('are in Prisma layout with a SQLite lock file', async () => {
    const migrations = await readMigrations(SQLITE_LAYOUT.migrationsDir);
    expect(migrations.lockfile.content).toContain('provider = "sqlite"');
    expect(migrations.migrationDirectories.length).toBeGreaterThan(0);
    for (const folder of migrations.migrationDirectories) {
      expect(folder.path).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(folder.migrationFile.content.tag).toBe('ok');
    }
  });

  it('apply once, are recorded like migrate deploy, and a second run applies nothing', async () => {
    const path = join(dir, 'deploy.db');
    const names = (await readMigrations(SQLITE_LAYOUT.migrationsDir)).migrationDirectories.map(
      (folder) => folder.path,
    );
    expect(await applyMigrations(SQLITE_LAYOUT, sqliteAdapter(path, 'readwrite'))).toEqual(names);
    expect(await applyMigrations(SQLITE_LAYOUT, sqliteAdapter(path, 'readwrite'))).toEqual([]);

    const db = new Database(path, { readonly: true });
    const recorded = db
      .prepare('SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY 1')
      .all() as Array<{ migration_name: string; checksum: string; finished_at: string | null }>;
    db.close();
    expect(recorded.map((row) => row.migration_name)).toEqual(names);
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
    const firstSql = await readFile(
      join(SQLITE_LAYOUT.migrationsDir, names[0] as string, 'migration.sql'),
    );
    expect(recorded[0]?.checksum).toBe(createHash('sha256').update(firstSql).digest('hex'));
  });
});
