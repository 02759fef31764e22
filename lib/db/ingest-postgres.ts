import { type BuildStamp, type IngestTarget, recordsBuild } from './ingest-target';
import { catalogueDeletes, catalogueWrites } from './load';
import { applyMigrations } from './migrate';
import { asCatalogueClient, postgresAdapter, postgresClient } from './postgres';
import { POSTGRES_LAYOUT } from './postgres-schema';

// Prisma's 5 s default cuts the one transaction of a long list: a list of 10 005 items, each now
// with its heading's places and their roles, passed it on an idle machine. Readers are not held
// up meanwhile: they read the old catalogue until the commit.
const WRITE_TIMEOUT_MS = 300_000;

/**
 * A PostgreSQL database replaced all or nothing: every row is deleted and the new catalogue
 * written in one transaction, so readers see the old catalogue until the commit, the new one
 * after, and a failed or killed ingest leaves the old one in place.
 */
export function postgresTarget(url: string): IngestTarget {
  return {
    async prepare() {
      await applyMigrations(POSTGRES_LAYOUT, postgresAdapter(url));
    },
    async holdsBuild(stamp: BuildStamp) {
      return recordsBuild(await this.heldSource(), stamp);
    },
    async heldSource() {
      const db = postgresClient(url, 'readwrite');
      try {
        return (await db.source.findFirst()) ?? undefined;
      } finally {
        await db.$disconnect();
      }
    },
    async replace(data) {
      const db = asCatalogueClient(postgresClient(url, 'readwrite'));
      try {
        await db.$transaction([...catalogueDeletes(db), ...catalogueWrites(db, data)], {
          timeout: WRITE_TIMEOUT_MS,
        });
      } finally {
        await db.$disconnect();
      }
    },
  };
}
