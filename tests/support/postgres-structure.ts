import { postgresAdapter } from '@/lib/db/postgres';

// Catalog queries whose columns are all text or integers (the pg adapter cannot read
// PostgreSQL's internal "char" type, so constraint kinds are compared through their definitions).
const DESCRIBE = [
  `SELECT table_name::text, column_name::text, data_type::text, is_nullable::text,
          coalesce(column_default::text, '')
     FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
    ORDER BY 1, 2`,
  `SELECT tablename::text, indexname::text, indexdef::text
     FROM pg_indexes
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY 1, 2`,
  `SELECT conrelid::regclass::text, conname::text, pg_get_constraintdef(oid)::text
     FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
    ORDER BY 1, 2`,
];

/** Tables, columns, indexes and constraints of a database, to compare two databases' shapes. */
export async function describePostgres(url: string): Promise<unknown[][][]> {
  const connection = await postgresAdapter(url).connect();
  try {
    const shapes: unknown[][][] = [];
    for (const sql of DESCRIBE) {
      shapes.push((await connection.queryRaw({ sql, args: [], argTypes: [] })).rows);
    }
    return shapes;
  } finally {
    await connection.dispose();
  }
}

export async function runScript(url: string, script: string): Promise<void> {
  const connection = await postgresAdapter(url).connect();
  try {
    await connection.executeScript(script);
  } finally {
    await connection.dispose();
  }
}
