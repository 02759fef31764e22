import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/sqlite/client';

export type CatalogueClient = PrismaClient;

/** A SQLite adapter factory; `readonly` opens the file with SQLITE_OPEN_READONLY. */
export function sqliteAdapter(path: string, access: 'readonly' | 'readwrite'): PrismaBetterSqlite3 {
  return new PrismaBetterSqlite3({
    url: `file:${path}`,
    readonly: access === 'readonly',
    fileMustExist: access === 'readonly',
  });
}

export function sqliteClient(path: string, access: 'readonly' | 'readwrite'): CatalogueClient {
  return new PrismaClient({ adapter: sqliteAdapter(path, access) });
}
