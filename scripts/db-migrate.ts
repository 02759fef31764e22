import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sqliteAdapter } from '@/lib/db/client';
import { configuredDatabaseUrl, parseDatabaseUrl } from '@/lib/db/database-url';
import { applyMigrations, SQLITE_LAYOUT } from '@/lib/db/migrate';

// `prisma migrate deploy` over the WebAssembly schema engine: applies pending migrations to
// DATABASE_URL and records them in _prisma_migrations. (db:setup needs no separate migrate:
// it builds every database from the migrations.)
const location = parseDatabaseUrl(configuredDatabaseUrl());
if (location.provider !== 'sqlite') {
  console.error('error: db:migrate applies the SQLite migrations; DATABASE_URL is not file:…');
  process.exit(2);
}
await mkdir(dirname(location.path), { recursive: true });
const applied = await applyMigrations(SQLITE_LAYOUT, sqliteAdapter(location.path, 'readwrite'));
console.log(
  applied.length > 0
    ? `applied ${applied.join(', ')} to ${location.path}`
    : `${location.path} is up to date: no pending migrations`,
);
