import type { CatalogueData } from './load';
import type { IngestVersions } from './versions';

/** What identifies one build: the source's bytes and the code that read them. */
export interface BuildStamp {
  sha256: string;
  versions: IngestVersions;
}

/** What a database's Source row says about the catalogue it holds. */
export type HeldSource = Record<
  'fileName' | 'sha256' | 'parserVersion' | 'enrichVersion' | 'loaderVersion',
  string
>;

/** Whether a Source row records this very build. */
export function recordsBuild(source: HeldSource | null | undefined, stamp: BuildStamp): boolean {
  return (
    source?.sha256 === stamp.sha256 &&
    source.parserVersion === stamp.versions.parser &&
    source.enrichVersion === stamp.versions.enrich &&
    source.loaderVersion === stamp.versions.loader
  );
}

/** A database an ingest can replace, wholly, with a new catalogue. */
export interface IngestTarget {
  /** Makes the target ready to be checked and replaced (directories, migrations, leftovers). */
  prepare(): Promise<void>;
  /** True when the target already holds this very build, so there is nothing to do. */
  holdsBuild(stamp: BuildStamp): Promise<boolean>;
  /** The source of the catalogue the target holds; undefined when it holds none it can read. */
  heldSource(): Promise<HeldSource | undefined>;
  /** Replaces everything with `data`, all or nothing. */
  replace(data: CatalogueData): Promise<void>;
}

export class IngestError extends Error {
  override name = 'IngestError';
}
