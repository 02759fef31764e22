import Database from 'better-sqlite3';

/**
 * Writes tables of rows (./load.ts, catalogueRows) into a fresh SQLite file straight through
 * better-sqlite3: one prepared INSERT per table, every row in one transaction. Prisma's
 * createMany compiles each call's query anew and maps every value through its query plan, which
 * made a 100 000-item catalogue take minutes to write, where this takes seconds
 * (docs/PERFORMANCE.md, "Measured for a decision"). The file is nobody's yet (ingest-sqlite.ts
 * renames it into place once synced), so it is written without a journal or syncs; the one
 * transaction only spares SQLite a commit per row.
 */
export function insertTables(path: string, tables: Readonly<Record<string, readonly object[]>>) {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.transaction(() => {
      for (const [table, rows] of Object.entries(tables)) insertRows(db, table, rows);
    })();
  } finally {
    db.close();
  }
}

function insertRows(db: Database.Database, table: string, rows: readonly object[]): void {
  const columns = Object.keys(rows[0] ?? {});
  if (columns.length === 0) return;
  const insert = db.prepare(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  for (const row of rows) {
    const values = row as Record<string, unknown>;
    if (Object.keys(values).length !== columns.length) {
      throw new Error(`${table}: rows of different columns (${Object.keys(values).join(', ')})`);
    }
    insert.run(columns.map((column) => sqliteValue(values[column], table, column)));
  }
}

/** A value as Prisma stores it in SQLite: booleans as 1 and 0, the rest as they are. */
function sqliteValue(value: unknown, table: string, column: string): string | number | null {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new Error(`${table}.${column}: no SQLite value for ${typeof value}`);
}
