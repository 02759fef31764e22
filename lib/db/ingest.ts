import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { enrichList, FACTS, OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import { readTranslations } from '@/lib/i18n/translations';
import { parseSource } from '@/lib/parser';
import { publicationFacts } from '@/lib/parser/publication';
import type { DatabaseLocation } from './database-url';
import { postgresTarget } from './ingest-postgres';
import { sqliteTarget } from './ingest-sqlite';
import { IngestError, recordsBuild } from './ingest-target';
import type { CatalogueData } from './load';
import { type IngestVersions, ingestVersions } from './versions';

interface IngestRequest {
  sourcePath: string;
  database: DatabaseLocation;
  /**
   * The date (YYYY-MM-DD) of the newspaper page the copy was taken from, for a copy whose text
   * does not print it; refused when the text prints another (lib/parser/publication.ts).
   */
  pageDate?: string;
  /**
   * Keep a catalogue loaded from a file of another name rather than replace it: what
   * `db:setup` without `--source` (and so `npm start`) asks, so the bundled list never goes
   * back over an operator's without being named.
   */
  keepOtherSource?: boolean;
}

type IngestResult =
  | { status: 'unchanged'; sha256: string }
  /** A catalogue from another file was kept; `current` when the code that loaded it is this. */
  | { status: 'kept'; fileName: string; current: boolean }
  | { status: 'rebuilt'; sha256: string; items: number; issues: number };

/**
 * Reads, parses and enriches a copy of the list and replaces the catalogue with it, all or
 * nothing (see ingest-sqlite.ts and ingest-postgres.ts for how each database makes that so).
 * Skipped when the database already holds this source (its name and bytes) built by this
 * code. The source is parsed before anything is written, so a bad file costs nothing.
 */
export async function ingest(request: IngestRequest): Promise<IngestResult> {
  const bytes = await readFile(request.sourcePath).catch((error: NodeJS.ErrnoException) => {
    throw new IngestError(`cannot read ${request.sourcePath}: ${error.code ?? error.message}`);
  });
  const stamp = {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    versions: await ingestVersions(),
  };
  const target =
    request.database.provider === 'sqlite'
      ? sqliteTarget(request.database.path)
      : postgresTarget(request.database.url);
  await target.prepare();
  const held = await target.heldSource();
  // A page date given is applied whatever is held: the build stamp does not record it. The
  // same bytes under another name are another load: the name may date the dispatch, and the
  // catalogue names its file.
  const sameFile = held?.fileName === basename(request.sourcePath);
  if (request.pageDate === undefined && sameFile && recordsBuild(held, stamp)) {
    return { status: 'unchanged', sha256: stamp.sha256 };
  }
  if (request.keepOtherSource && held && held.fileName !== basename(request.sourcePath)) {
    const current = recordsBuild(held, { sha256: held.sha256, versions: stamp.versions });
    return { status: 'kept', fileName: held.fileName, current };
  }
  const data = {
    ...catalogueData(request, bytes, stamp.sha256, stamp.versions),
    translations: await readTranslations(TRANSLATED_LOCALES),
  };
  await target.replace(data);
  return {
    status: 'rebuilt',
    sha256: stamp.sha256,
    items: data.list.items.length,
    issues: data.list.issues.length,
  };
}

function catalogueData(
  request: IngestRequest,
  bytes: Buffer,
  sha256: string,
  versions: IngestVersions,
): Omit<CatalogueData, 'translations'> {
  const list = parseSource(bytes);
  const fileName = basename(request.sourcePath);
  return {
    source: {
      fileName,
      sha256,
      publication: publicationFacts(list.publication, { fileName, pageDate: request.pageDate }),
      // parseSource accepted the bytes, so they are UTF-8; TextDecoder drops a BOM as it does.
      text: new TextDecoder('utf-8').decode(bytes),
      versions,
    },
    list,
    ...enrichList(list.items, list.sections),
    places: PLACES,
    outcomeTypes: OUTCOME_TYPES,
    topics: TOPICS,
    facts: FACTS,
  };
}
