import { type BuildStamp, type IngestTarget, recordsBuild } from './ingest-target';
import { catalogueDeletes, catalogueWrites } from './load';
import { applyMigrations } from './migrate';
import { asCatalogueClient, postgresAdapter, postgresClient } from './postgres';
import { POSTGRES_LAYOUT } from './postgres-schema';

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
        await db.$transaction([...catalogueDeletes(db), ...catalogueWrites(db, data)]);
      } finally {
        await db.$disconnect();
      }
    },
  };
}
