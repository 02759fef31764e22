import { fileURLToPath } from 'node:url';
import type { SchemaLayout } from './migrate';

/**
 * Prisma fixes the provider per schema, so PostgreSQL gets its own schema file, derived from
 * prisma/schema.prisma by `derivePostgresSchema` (never edited by hand; a test checks it), with
 * its own migrations and its own generated client.
 */
export const POSTGRES_LAYOUT: SchemaLayout = {
  schemaPath: fileURLToPath(new URL('../../prisma/postgres/schema.prisma', import.meta.url)),
  migrationsDir: fileURLToPath(new URL('../../prisma/postgres/migrations', import.meta.url)),
};

const HEADER = [
  '// GENERATED from prisma/schema.prisma by `npm run db:migration:create`; do not edit.',
  '// The PostgreSQL twin of the SQLite schema: same models, its own client and migrations.',
  '',
].join('\n');

const REWRITES: ReadonlyArray<[from: RegExp, to: string]> = [
  [/^(\s*provider\s*=\s*)"sqlite"$/m, '$1"postgresql"'],
  [
    /^(\s*output\s*=\s*)"\.\.\/lib\/db\/generated\/sqlite"$/m,
    '$1"../../lib/db/generated/postgres"',
  ],
];

export function derivePostgresSchema(sqliteSchema: string): string {
  let schema = sqliteSchema;
  for (const [from, to] of REWRITES) {
    if (!from.test(schema)) {
      throw new Error(
        `prisma/schema.prisma no longer matches ${from}; update derivePostgresSchema`,
      );
    }
    schema = schema.replace(from, to);
  }
  return HEADER + schema;
}
