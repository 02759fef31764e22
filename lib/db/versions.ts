import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Fingerprints of the code an ingest ran. Stored in Source: when the source file and all three
 * are unchanged a re-ingest would rebuild the same database, so it is skipped. Hashing the code
 * itself means nobody has to remember to bump a version number.
 */
export interface IngestVersions {
  parser: string;
  enrich: string;
  /** The loader, search normalisation and migrations: how parsed data becomes rows. */
  loader: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const FINGERPRINTED: Record<keyof IngestVersions, readonly string[]> = {
  parser: ['lib/parser'],
  enrich: ['lib/enrich', 'data'],
  loader: ['lib/db', 'lib/search', 'prisma/migrations'],
};

// Generated client code, and the list copies themselves (they are hashed as the source).
const IGNORED = /(^|\/)generated\/|\.txt$/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(join(PROJECT_ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(PROJECT_ROOT, join(entry.parentPath, entry.name)))
    .filter((path) => !IGNORED.test(path))
    .sort();
}

async function fingerprint(dirs: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const path of await filesUnder(dir)) {
      hash.update(`${path}\0`);
      hash.update(await readFile(join(PROJECT_ROOT, path)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export async function ingestVersions(): Promise<IngestVersions> {
  const [parser, enrich, loader] = await Promise.all([
    fingerprint(FINGERPRINTED.parser),
    fingerprint(FINGERPRINTED.enrich),
    fingerprint(FINGERPRINTED.loader),
  ]);
  return { parser, enrich, loader };
}
