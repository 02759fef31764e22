import 'server-only';
import { CATALOGUE_CHECK_MS } from '@/lib/constants';
import { databaseIdentity, databaseIsServer, withCatalogue } from '@/lib/db/reader';
import type { Catalogue } from './model';
import { CATALOGUE_PROBE, type CatalogueProbe } from './probe';
import { readCatalogue } from './read';

/**
 * The catalogue this process serves: read whole from the database (./read.ts) the first time
 * it is asked for, and again whenever an ingest has replaced it — on SQLite a new file (one stat
 * per call tells), on PostgreSQL a new source row (one query at most every CATALOGUE_CHECK_MS).
 * A reload is awaited by every caller, so an answer begun after the switch is seen is wholly
 * new; one begun before keeps the catalogue it started with, which stays whole in memory.
 *
 * Next.js compiles pages, route handlers and instrumentation separately, each with its own copy
 * of this module, and the production server (lib/serve) asks for the version too: the state
 * lives on globalThis so that all of them share one catalogue, loaded once.
 */

interface Loaded {
  identity: string;
  catalogue: Catalogue;
}

interface State {
  current?: Loaded;
  loading?: { identity: string; promise: Promise<Loaded> };
  check?: { at: number; identity: Promise<string> };
}

const SHARED = Symbol.for('sco-outcomes-catalogue.loaded');
const shared = globalThis as { [SHARED]?: Map<string, State> };

function stateOf(url: string): State {
  shared[SHARED] ??= new Map();
  let state = shared[SHARED].get(url);
  if (!state) {
    state = {};
    shared[SHARED].set(url, state);
  }
  return state;
}

/** The catalogue to answer from now. Throws CatalogueUnavailableError when there is none. */
export async function loadedCatalogue(): Promise<Catalogue> {
  const state = stateOf(process.env.DATABASE_URL ?? '');
  const identity = await currentIdentity(state);
  if (state.current?.identity === identity) return state.current.catalogue;
  if (state.loading?.identity !== identity) {
    const promise = load(identity);
    const loading = { identity, promise };
    state.loading = loading;
    promise.then(
      (loaded) => {
        if (state.loading !== loading) return;
        state.current = loaded;
        state.loading = undefined;
      },
      () => {
        if (state.loading === loading) state.loading = undefined;
      },
    );
  }
  return (await state.loading.promise).catalogue;
}

/** The version of the catalogue answers are made from now (Catalogue.version). */
export async function catalogueVersion(): Promise<string> {
  return (await loadedCatalogue()).version;
}

async function currentIdentity(state: State): Promise<string> {
  if (!databaseIsServer()) return databaseIdentity();
  const now = Date.now();
  if (!state.check || now - state.check.at >= CATALOGUE_CHECK_MS) {
    const identity = databaseIdentity();
    state.check = { at: now, identity };
    identity.catch(() => {
      if (state.check?.identity === identity) state.check = undefined;
    });
  }
  return state.check.identity;
}

/**
 * Reads the catalogue the database holds now. Should an ingest replace it during the read, the
 * catalogue keeps the identity seen before, so the next call sees the change and reads again.
 */
async function load(identity: string): Promise<Loaded> {
  return { identity, catalogue: await withCatalogue(readCatalogue) };
}

/** Errors that mean "no catalogue to serve yet", not a fault: the server answers them with 503. */
const UNAVAILABLE = new Set([
  'CatalogueUnavailableError',
  'CatalogueEmptyError',
  'DatabaseUrlError',
]);

const probe: CatalogueProbe = async () => {
  try {
    return { version: await catalogueVersion() };
  } catch (error) {
    if (error instanceof Error && UNAVAILABLE.has(error.name))
      return { unavailable: error.message };
    throw error;
  }
};
(globalThis as { [CATALOGUE_PROBE]?: CatalogueProbe })[CATALOGUE_PROBE] = probe;
