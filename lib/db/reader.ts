import 'server-only';
import { statSync } from 'node:fs';
import type { CatalogueClient } from './client';
import { sqliteClient } from './client';
import { configuredDatabaseUrl, parseDatabaseUrl } from './database-url';
import { asCatalogueClient, type PostgresPrismaClient, postgresClient } from './postgres';

export class CatalogueUnavailableError extends Error {
  override name = 'CatalogueUnavailableError';
}

interface Opened {
  client: CatalogueClient;
  /** Identity of the file the client has open; ingest replaces the file, never edits it. */
  identity: string;
  leases: number;
  retired: boolean;
}

/**
 * One read-only connection per database file, replaced when ingest renames a new file over
 * it. A caller leases the connection for the whole of one answer, so every query in that
 * answer reads the same file: an old connection keeps its (unlinked) file open until its last
 * lease ends, and is closed only then. A re-ingest under load thus serves wholly old or wholly
 * new data.
 */
class SqliteReader {
  #current: Opened | undefined;

  constructor(readonly path: string) {}

  /** The identity of the file at the path now: one stat, no query. */
  async identity(): Promise<string> {
    return this.#identity();
  }

  async use<T>(read: (db: CatalogueClient) => Promise<T>): Promise<T> {
    const opened = this.#acquire();
    opened.leases += 1;
    try {
      return await read(opened.client);
    } finally {
      opened.leases -= 1;
      if (opened.retired && opened.leases === 0) await opened.client.$disconnect();
    }
  }

  #acquire(): Opened {
    const identity = this.#identity();
    if (this.#current?.identity === identity) return this.#current;
    const previous = this.#current;
    this.#current = {
      client: sqliteClient(this.path, 'readonly'),
      identity,
      leases: 0,
      retired: false,
    };
    if (previous) {
      previous.retired = true;
      if (previous.leases === 0) void previous.client.$disconnect();
    }
    return this.#current;
  }

  // One stat per answer: cheap next to any query, and it sees a swap at the next request.
  #identity(): string {
    try {
      const stat = statSync(this.path, { bigint: true });
      return `${stat.dev}:${stat.ino}:${stat.mtimeNs}:${stat.size}`;
    } catch {
      throw new CatalogueUnavailableError(
        `no catalogue database at ${this.path}: run \`npm run db:setup\``,
      );
    }
  }
}

/**
 * PostgreSQL: ingest replaces all rows in one transaction, and each answer reads in one
 * repeatable-read transaction, so it sees a single snapshot: wholly old or wholly new.
 */
class PostgresReader {
  #client: PostgresPrismaClient | undefined;

  constructor(readonly url: string) {}

  /** The loaded source and when it was loaded: ingest replaces both in its one transaction. */
  async identity(): Promise<string> {
    const source = await this.use((db) =>
      db.source.findFirst({ select: { sha256: true, ingestedAt: true }, orderBy: { id: 'desc' } }),
    );
    return `${source?.sha256 ?? 'empty'}:${source?.ingestedAt.toISOString() ?? ''}`;
  }

  use<T>(read: (db: CatalogueClient) => Promise<T>): Promise<T> {
    this.#client ??= postgresClient(this.url, 'readonly');
    return this.#client.$transaction((tx) => read(asCatalogueClient(tx)), {
      isolationLevel: 'RepeatableRead',
      timeout: READ_TIMEOUT_MS,
    });
  }
}

// Prisma's 5 s default would cut a faceted listing over 100 000 items on a busy machine.
const READ_TIMEOUT_MS = 30_000;

const readers = new Map<string, SqliteReader | PostgresReader>();

/**
 * Runs `read` against the catalogue named by DATABASE_URL, opened read-only. DATABASE_URL is
 * read on every call so tests can point each file at its own database.
 */
export function withCatalogue<T>(read: (db: CatalogueClient) => Promise<T>): Promise<T> {
  return configuredReader().use(read);
}

/**
 * A string that changes whenever ingest replaces the catalogue: on SQLite the identity of the
 * database file (one stat, no query), on PostgreSQL the loaded source's sha256 and load time
 * (one single-row query).
 */
export function databaseIdentity(): Promise<string> {
  return configuredReader().identity();
}

/** Whether the configured database is a server (checked for changes by polling) or a file. */
export function databaseIsServer(): boolean {
  return parseDatabaseUrl(configuredDatabaseUrl()).provider === 'postgresql';
}

function configuredReader(): SqliteReader | PostgresReader {
  const url = configuredDatabaseUrl();
  let reader = readers.get(url);
  if (!reader) {
    const location = parseDatabaseUrl(url);
    reader =
      location.provider === 'sqlite'
        ? new SqliteReader(location.path)
        : new PostgresReader(location.url);
    readers.set(url, reader);
  }
  return reader;
}
