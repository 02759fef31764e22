import 'server-only';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { databaseIdentity, databaseIsServer, withCatalogue } from '@/lib/db/reader';
import type { Catalogue } from './model';
import { CATALOGUE_PROBE, type CatalogueProbe, type Readiness } from './probe';
import { readCatalogue } from './read';
import { type DatabaseFault, Staleness } from './staleness';

/**
 * The catalogue this process serves: read whole from the database (./read.ts) the first time
 * it is asked for, and again whenever an ingest has replaced it — on SQLite a new file (one stat
 * per call tells), on PostgreSQL a new source row (one query at most every CATALOGUE_CHECK_MS).
 * A reload is awaited by every caller, so an answer begun after the switch is seen is wholly
 * new; one begun before keeps the catalogue it started with, which stays whole in memory.
 *
 * When the database cannot be read — unreachable, the file gone, truncated, corrupt, foreign —
 * the last catalogue loaded goes on answering, marked stale (./staleness.ts), and the database
 * is tried again every CATALOGUE_CHECK_MS: the same catalogue found again carries on, a new one
 * is switched to as after an ingest. Only a process that never loaded one has nothing to serve.
 *
 * Next.js compiles pages, route handlers and instrumentation separately, each with its own copy
 * of this module, and the production server (lib/serve) asks for the version too: the state
 * lives on globalThis so that all of them share one catalogue, loaded once.
 */

interface Loaded {
  identity: string;
  catalogue: Catalogue;
  loadedAt: number;
}

interface State {
  current?: Loaded;
  loading?: { identity: string; promise: Promise<Loaded> };
  check?: { at: number; identity: Promise<string> };
  /** A load that failed: the same identity is not read again before CATALOGUE_CHECK_MS. */
  failedLoad?: { identity: string; at: number; error: unknown };
  health: Staleness;
}

const SHARED = Symbol.for('sco-outcomes-catalogue.loaded');
const shared = globalThis as { [SHARED]?: Map<string, State> };

function configuredState(): State {
  const url = process.env.DATABASE_URL ?? '';
  shared[SHARED] ??= new Map();
  let state = shared[SHARED].get(url);
  if (!state) {
    state = { health: new Staleness() };
    shared[SHARED].set(url, state);
  }
  return state;
}

/** The catalogue to answer from now. Throws when there is none: the database's own error. */
export async function loadedCatalogue(): Promise<Catalogue> {
  const state = configuredState();
  let checked: { at: number; identity: string };
  try {
    checked = await currentIdentity(state);
  } catch (error) {
    return lastGood(state, error, Date.now());
  }
  const { at, identity } = checked;
  if (state.current?.identity === identity) {
    state.health.confirmed(at, state.current.catalogue.version);
    return state.current.catalogue;
  }
  const failed = state.failedLoad;
  if (failed?.identity === identity && at - failed.at < CATALOGUE_CHECK_MS) {
    return lastGood(state, failed.error, at);
  }
  if (state.loading?.identity !== identity) startLoad(state, identity);
  let loaded: Loaded;
  try {
    loaded = await (state.loading as NonNullable<State['loading']>).promise;
  } catch (error) {
    return lastGood(state, error, at);
  }
  state.health.confirmed(at, loaded.catalogue.version);
  return state.current?.identity === identity ? state.current.catalogue : loaded.catalogue;
}

/**
 * The catalogue loaded now if its version is `version`, read from memory alone: for a render
 * whose version the server has just confirmed (RENDER_VERSION_HEADER).
 */
export function loadedVersion(version: string): Catalogue | undefined {
  const catalogue = configuredState().current?.catalogue;
  return catalogue?.version === version ? catalogue : undefined;
}

/** The version of the catalogue answers are made from now (Catalogue.version). */
export async function catalogueVersion(): Promise<string> {
  return (await loadedCatalogue()).version;
}

/**
 * Since when and why the catalogue answered from cannot be confirmed by the database, or
 * undefined when it can: pages say so in their footer.
 */
export function catalogueFault(): DatabaseFault | undefined {
  const state = configuredState();
  return state.current ? state.health.fault : undefined;
}

function startLoad(state: State, identity: string): void {
  const promise = load(identity);
  const loading = { identity, promise };
  state.loading = loading;
  promise.then(
    (loaded) => {
      if (state.loading !== loading) return;
      state.loading = undefined;
      state.failedLoad = undefined;
      // The same catalogue found again (a file restored, a database back): the object answers
      // were made from stays, so nothing cached from it is dropped.
      const same = state.current?.catalogue.version === loaded.catalogue.version;
      state.current = same && state.current ? { ...state.current, identity } : loaded;
    },
    (error: unknown) => {
      if (state.loading !== loading) return;
      state.loading = undefined;
      state.failedLoad = { identity, at: Date.now(), error };
    },
  );
}

/** The catalogue loaded before the fault, which the fault does not change; else the fault. */
function lastGood(state: State, error: unknown, at: number): Catalogue {
  state.health.failed(error, at, state.current?.catalogue.version);
  if (!state.current) throw error;
  return state.current.catalogue;
}

/**
 * The identity of the catalogue in the database and when it was read. On PostgreSQL one query
 * answers every caller for CATALOGUE_CHECK_MS, a failed one too: an unreachable server is tried
 * once per interval, not once per request.
 */
async function currentIdentity(state: State): Promise<{ at: number; identity: string }> {
  const now = Date.now();
  if (!databaseIsServer()) return { at: now, identity: await databaseIdentity() };
  if (!state.check || now - state.check.at >= CATALOGUE_CHECK_MS) {
    const identity = databaseIdentity();
    identity.catch(() => {});
    state.check = { at: now, identity };
  }
  const { at, identity } = state.check;
  return { at, identity: await identity };
}

/**
 * Reads the catalogue the database holds now. Should an ingest replace it during the read, the
 * catalogue keeps the identity seen before, so the next call sees the change and reads again.
 */
async function load(identity: string): Promise<Loaded> {
  return { identity, catalogue: await withCatalogue(readCatalogue), loadedAt: Date.now() };
}

function readiness(state: State): Readiness {
  const iso = (at: number) => new Date(at).toISOString();
  const { current, health } = state;
  const check = health.lastCheck;
  let database: Readiness['database'] = 'unknown';
  try {
    database = databaseIsServer() ? 'postgresql' : 'sqlite';
  } catch {}
  return {
    ready: current !== undefined,
    database,
    version: current?.catalogue.version ?? null,
    source: current?.catalogue.source.fileName ?? null,
    loadedAt: current ? iso(current.loadedAt) : null,
    lastCheck: check
      ? { at: iso(check.at), ok: check.ok, ...(check.reason ? { reason: check.reason } : {}) }
      : null,
    stale:
      current && health.fault
        ? { since: iso(health.fault.since), reason: health.fault.reason }
        : false,
  };
}

const probe: CatalogueProbe = async () => {
  const state = configuredState();
  try {
    const version = await catalogueVersion();
    const ready = readiness(state);
    return { version, stale: ready.stale, readiness: ready };
  } catch (error) {
    return {
      unavailable: error instanceof Error ? error.message : String(error),
      readiness: readiness(state),
    };
  }
};
(globalThis as { [CATALOGUE_PROBE]?: CatalogueProbe })[CATALOGUE_PROBE] = probe;
