import { randomBytes } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { DATABASE_CONNECT_TIMEOUT_MS } from '@/lib/constants';
import type { CatalogueClient } from './client';
import { PrismaClient as PostgresPrismaClient } from './generated/postgres/client';

export type { PostgresPrismaClient };

export function postgresAdapter(
  url: string,
  access: 'readonly' | 'readwrite' = 'readwrite',
): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    // The web process only reads; the server refuses writes on its connections outright.
    ...(access === 'readonly'
      ? {
          options: '-c default_transaction_read_only=on',
          connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
        }
      : {}),
  });
}

export function postgresClient(
  url: string,
  access: 'readonly' | 'readwrite',
): PostgresPrismaClient {
  return new PostgresPrismaClient({ adapter: postgresAdapter(url, access) });
}

/**
 * The PostgreSQL client (or one of its transactions) seen as the SQLite one: both clients are
 * generated from the same models (prisma/postgres/schema.prisma is derived from
 * prisma/schema.prisma), so their query APIs agree and the catalogue is written once.
 */
export function asCatalogueClient(
  client: PostgresPrismaClient | Parameters<Parameters<PostgresPrismaClient['$transaction']>[0]>[0],
): CatalogueClient {
  return client as unknown as CatalogueClient;
}

/** A database created for one use (a test file, a migration diff) on the server at `serverUrl`. */
export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchDatabase(
  serverUrl: string,
  prefix: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

async function runOnServer(serverUrl: string, statement: string): Promise<void> {
  const connection = await postgresAdapter(serverUrl).connect();
  try {
    await connection.executeScript(statement);
  } finally {
    await connection.dispose();
  }
}
