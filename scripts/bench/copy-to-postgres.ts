import Database from 'better-sqlite3';
import pg from 'pg';
import { postgresTarget } from '@/lib/db/ingest-postgres';

/**
 * Puts the catalogue of a SQLite file into a PostgreSQL database migrated by the project's own
 * migrations, table by table, in multi-row INSERTs: how the benchmark gets its synthetic
 * catalogue into PostgreSQL. Ingest's PostgreSQL path sends the whole catalogue through
 * Prisma in one batched transaction, which is right for the list's few hundred items and far
 * too slow for a hundred thousand.
 */

// Parents before children.
const TABLES = [
  'Source',
  'ParseIssue',
  'Section',
  'Category',
  'MissingRange',
  'OutcomeType',
  'Topic',
  'Place',
  'Item',
  'ItemPlace',
  'ItemTopic',
  'ItemYear',
  'ItemLink',
  'Fact',
  'TranslationSet',
  'Translation',
  'CategoryTranslation',
];
// What makes two loads the same catalogue: the source's bytes and the code that read them.
const STAMP = ['sha256', 'parserVersion', 'enrichVersion', 'loaderVersion'];
// PostgreSQL takes at most 65 535 parameters in one statement.
const PARAMETERS_PER_STATEMENT = 60_000;

/** True when the database already held that source's catalogue, so nothing was copied. */
export async function copyToPostgres(sqlitePath: string, url: string): Promise<boolean> {
  await postgresTarget(url).prepare();
  const sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const wanted = sqlite.prepare(`SELECT ${STAMP.join(', ')} FROM Source`).get();
    const held = (
      await client.query(`SELECT ${STAMP.map((c) => `"${c}"`).join(', ')} FROM "Source"`)
    ).rows[0];
    if (JSON.stringify(held) === JSON.stringify(wanted)) return true;
    const types = await columnTypes(client);
    await client.query('BEGIN');
    await client.query(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')} CASCADE`);
    for (const table of TABLES) {
      const statement = sqlite.prepare(`SELECT * FROM "${table}"`);
      const columns = statement.columns().map((column) => column.name);
      const convert = columns.map((column) => converter(types.get(`${table}.${column}`)));
      const perStatement = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / columns.length));
      let batch: unknown[][] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const values = batch.map(
          (_, row) =>
            `(${columns.map((_, column) => `$${row * columns.length + column + 1}`).join(', ')})`,
        );
        await client.query(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values.join(', ')}`,
          batch.flat(),
        );
        batch = [];
      };
      for (const row of statement.raw().iterate() as Iterable<unknown[]>) {
        batch.push(row.map((value, column) => convert[column]?.(value) ?? value));
        if (batch.length === perStatement) await flush();
      }
      await flush();
    }
    await client.query('COMMIT');
    return false;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    sqlite.close();
    await client.end();
  }
}

async function columnTypes(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ table: string; column: string; type: string }>(
    `SELECT table_name AS table, column_name AS column, data_type AS type
     FROM information_schema.columns WHERE table_schema = current_schema()`,
  );
  return new Map(rows.map(({ table, column, type }) => [`${table}.${column}`, type]));
}

/** SQLite keeps booleans as 0/1 and Prisma's DateTime as ISO text; PostgreSQL has types. */
function converter(type: string | undefined): ((value: unknown) => unknown) | undefined {
  if (type === 'boolean') return (value) => (value === null ? null : Number(value) !== 0);
  if (type?.startsWith('timestamp')) {
    return (value) => (value === null ? null : new Date(value as string));
  }
  return undefined;
}
