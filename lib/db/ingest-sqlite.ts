import { existsSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteAdapter, sqliteClient } from './client';
import { type HeldSource, IngestError, type IngestTarget, recordsBuild } from './ingest-target';
import { insertTables } from './insert-sqlite';
import { type CatalogueData, catalogueRows } from './load';
import { applyMigrations, SQLITE_LAYOUT } from './migrate';
import { toSourceRow } from './rows';

const TEMP_INFIX = '.ingest-';

/**
 * A SQLite file replaced all or nothing: the new database is built, checked and synced in a
 * temporary file beside the target, then renamed over it. Whatever stops the ingest before
 * that rename (a bad source file, an error, SIGKILL) leaves the previous file exactly as it
 * was; temporary files left by a killed run are removed by the next.
 */
export function sqliteTarget(path: string): IngestTarget {
  return {
    async prepare() {
      await mkdir(dirname(path), { recursive: true });
      refuseForeignFile(path);
      await removeStaleTempFiles(path);
    },
    holdsBuild: async (stamp) => recordsBuild(heldSource(path), stamp),
    heldSource: async () => heldSource(path),
    async replace(data) {
      const tempPath = `${path}${TEMP_INFIX}${process.pid}.tmp`;
      try {
        await buildDatabase(tempPath, data);
        await syncFile(tempPath);
        await rename(tempPath, path);
        await syncFile(dirname(path));
      } finally {
        await rm(tempPath, { force: true });
        await rm(`${tempPath}-journal`, { force: true });
      }
    },
  };
}

/** Migrates a fresh file, loads the catalogue, and refuses it unless SQLite finds it sound. */
async function buildDatabase(path: string, data: CatalogueData): Promise<void> {
  await rm(path, { force: true });
  await applyMigrations(SQLITE_LAYOUT, sqliteAdapter(path, 'readwrite'));
  const tables = catalogueRows(data);
  // The source row, with its parse issues and the time of the ingest, is written by Prisma, which
  // decides how SQLite holds its dates; the other tables hold none (./insert-sqlite.ts).
  const client = sqliteClient(path, 'readwrite');
  try {
    await client.source.create({ data: toSourceRow(data) });
  } finally {
    await client.$disconnect();
  }
  insertTables(path, tables);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
    const verdict = integrity.map((row) => row.integrity_check).join('; ');
    if (verdict !== 'ok') throw new IngestError(`integrity check failed: ${verdict}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length > 0) throw new IngestError(`${orphans.length} rows break foreign keys`);
  } finally {
    db.close();
  }
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function heldSource(path: string): HeldSource | undefined {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return db
      .prepare('SELECT fileName, sha256, parserVersion, enrichVersion, loaderVersion FROM Source')
      .get() as HeldSource | undefined;
  } catch {
    // Missing, unreadable or from an older schema: nothing held, rebuild.
    return undefined;
  } finally {
    db?.close();
  }
}

// Tables only a catalogue has, whatever its schema version: the first migration made both.
const CATALOGUE_TABLES = ['Source', '_prisma_migrations'];

/**
 * A file at the path that is not a catalogue (random bytes, another application's SQLite
 * database) is someone else's data: refuse, naming it, rather than rename a new catalogue over
 * it. A missing or empty file, or a catalogue of any schema version, is ours to replace.
 */
function refuseForeignFile(path: string): void {
  if (!existsSync(path)) return;
  let tables: string[];
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
        name: string;
      }>
    ).map((row) => row.name);
  } catch (error) {
    throw new IngestError(
      `${path} is not a readable SQLite database (${(error as Error).message}); it was left as it is: move it away or point DATABASE_URL elsewhere`,
    );
  } finally {
    db?.close();
  }
  if (tables.length === 0 || tables.some((name) => CATALOGUE_TABLES.includes(name))) return;
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '');
  throw new IngestError(
    `${path} is a SQLite database but not a catalogue (tables: ${shown}); it was left as it is: move it away or point DATABASE_URL elsewhere`,
  );
}

/**
 * Temporary files are named after the process that writes them; one whose process is gone was
 * left by a killed ingest. One whose process still runs means two ingests at once: refuse.
 */
async function removeStaleTempFiles(databasePath: string): Promise<void> {
  const prefix = `${basename(databasePath)}${TEMP_INFIX}`;
  const names = await readdir(dirname(databasePath));
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (pid !== process.pid && isRunning(pid)) {
      throw new IngestError(`another ingest (pid ${pid}) is writing ${name}; try again later`);
    }
    await rm(join(dirname(databasePath), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
