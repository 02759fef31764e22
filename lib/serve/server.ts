import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, ListenOptions } from 'node:net';
import next from 'next';
import { type ProbeResult, RENDER_VERSION_HEADER } from '@/lib/catalogue/probe';
import {
  ANSWER_CACHE_BYTES,
  ANSWER_RECHECK_MS,
  KNOWN_ADDRESSES_MAX,
  QUEUED_ANSWERS_MAX,
  RUNNING_ANSWERS_MAX,
} from '@/lib/constants';
import { refusalHeaders, refusalOf } from '@/lib/http/refusal';
import { AdmissionGate } from './admission';
import { AnswerCache, mayKeep, prepared } from './answer-cache';
import { bypassesCache, canonicalAddress, unvaried, varyingOf } from './cache-key';
import { catalogueProbe } from './catalogue-probe';
import { FILL_HEADER, fill } from './fill';
import { finish, madeFrom } from './finish';
import { answeredAsHealth, STALE_HEADER, staleHeaderValue } from './health';
import { failed, overloaded, plainText, unable } from './plain-text';
import { send } from './send';
import { SingleFlight } from './single-flight';

/**
 * The production server: Next.js's request handler behind what `next start` lacks.
 *
 * - Requests Next.js fumbles are refused here first (lib/http/refusal.ts, shared with the
 *   proxy), and a path with `//` or `\` is redirected with the site's headers.
 * - Every answer is made from the catalogue this process has loaded (lib/catalogue/loaded.ts)
 *   and kept in an answer cache (./answer-cache.ts) under that catalogue's version: the first
 *   request for an address renders it (./fill.ts), finished once (./finish.ts: CSP per
 *   document, Cache-Control), later ones are sent from memory (./send.ts: ETag and 304, gzip)
 *   until an ingest makes a new version current.
 * - Renders wait at an admission gate (./admission.ts) in arrival order; answers from memory
 *   and build files do not wait.
 * - An address answered before, asked again while the catalogue version found current within
 *   ANSWER_RECHECK_MS still is, is sent from memory before anything else is read (`fromMemory`):
 *   its checks were passed and its canonical form made the first time, and are remembered.
 */

interface CatalogueServer {
  /** Where it listens, as a loopback URL when it listens on every interface. */
  url: string;
  close(): Promise<void>;
}

// Hashed build files: read from disk by Next.js, cheap, and the same for every catalogue.
const BUILD_FILES = '/_next/static/';
// Addresses that need no catalogue: they answer even before one is loaded.
const CATALOGUE_FREE = new Set(['/robots.txt', '/icon.svg', '/favicon.ico']);
// Room for their answers, each a few kilobytes at most.
const CATALOGUE_FREE_CACHE_BYTES = 1024 * 1024;

export async function startCatalogueServer(options: {
  hostname?: string;
  port: number;
  /** The answer cache's budget; ANSWER_CACHE_BYTES unless given. */
  cacheBytes?: number;
}): Promise<CatalogueServer> {
  const app = next({ dev: false, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const fillToken = randomBytes(16).toString('hex');
  const gate = new AdmissionGate(RUNNING_ANSWERS_MAX, QUEUED_ANSWERS_MAX);
  const cache = new AnswerCache(options.cacheBytes ?? ANSWER_CACHE_BYTES);
  // Answers that need no catalogue are kept apart: under the catalogue cache's one version,
  // keeping one (under none) would drop every catalogue answer, and the next of those it.
  const catalogueFree = new AnswerCache(CATALOGUE_FREE_CACHE_BYTES);
  const flights = new SingleFlight();
  // Where this server listens, for the answers it asks Next.js to make (set once listening).
  let origin = '';
  // Addresses as sent that passed every check, with the key of their answer to a request that
  // no header varies (cache-key.ts).
  const known = new Map<string, string>();
  // The catalogue version last found current, when the probe that found it began, and until
  // when answers from memory trust it without asking again.
  let current: { version: string; probedAt: number; until: number } | undefined;

  /** Sends a repeated address's kept answer at once; false when that takes any more reading. */
  function fromMemory(request: IncomingMessage, response: ServerResponse): boolean {
    const { method, headers } = request;
    if (method !== 'GET' && method !== 'HEAD') return false;
    const key = known.get(request.url ?? '');
    if (key === undefined || current === undefined) return false;
    if (performance.now() >= current.until) return false;
    if (headers.range !== undefined || headers['if-range'] !== undefined) return false;
    if (!unvaried(headers)) return false;
    const kept = cache.get(current.version, key);
    if (!kept) return false;
    send(kept, request, response, 'hit');
    return true;
  }

  // Next.js loads instrumentation.ts, which puts the catalogue's probe in place, on the first
  // request it handles: until then a catalogue answer would find no probe and say 503. A new
  // process (a worker replacing one that died) is asked for pages at once, so it asks Next.js
  // for an address that needs no catalogue itself, and probes only once that has answered.
  let started: Promise<unknown> = Promise.resolve();

  /** The probe's answer; a version found current is trusted by fromMemory for a while. */
  async function probed(): Promise<ProbeResult> {
    await started;
    const probedAt = performance.now();
    const probe = await catalogueProbe();
    if (current === undefined || probedAt >= current.probedAt) {
      current =
        'version' in probe && !probe.stale
          ? { version: probe.version, probedAt, until: probedAt + ANSWER_RECHECK_MS }
          : undefined;
    }
    return probe;
  }

  const toNext = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: Error) => failed(request, response, error));
  };

  /** An answer from memory, or made once for everyone asking at the same time, then kept. */
  async function answer(
    request: IncomingMessage,
    response: ServerResponse,
    asSent: string,
  ): Promise<void> {
    const path = request.url ?? '/';
    const pathname = path.split('?')[0] ?? '/';
    const probe = CATALOGUE_FREE.has(pathname) ? null : await probed();
    if (probe && 'unavailable' in probe) {
      return unable(request, response, 503, 'unavailable', { 'Retry-After': '5' });
    }
    const stale = probe?.stale || undefined;
    if (stale) response.setHeader(STALE_HEADER, staleHeaderValue(stale));
    const version = probe?.version ?? '';
    if (bypassesCache(request.headers)) {
      if (!gate.admit(response, () => toNext(request, response))) overloaded(request, response);
      return;
    }
    const key = `${canonicalAddress(path)}\u0000${varyingOf(request.headers)}`;
    if (probe && unvaried(request.headers)) {
      if (known.size >= KNOWN_ADDRESSES_MAX) known.clear();
      known.set(asSent, key);
    }
    const store = probe ? cache : catalogueFree;
    const kept = store.get(version, key);
    if (kept) return send(kept, request, response, 'hit');
    const flightKey = `${version}\u0000${key}`;
    // A flight settled empty (its asker left, or its answer may not be kept) wakes everyone
    // waiting on it: the first to resume makes the answer, the rest wait on that one.
    for (let pending = flights.pending(flightKey); pending; pending = flights.pending(flightKey)) {
      const shared = await pending;
      if (shared) return send(shared, request, response, 'hit');
    }
    const settle = flights.claim(flightKey);
    const admitted = gate.admit(
      response,
      () => {
        fill(origin, path, request.headers, fillToken, version)
          .then((made) => {
            const finished = prepared(finish(made));
            send(finished, request, response, 'miss');
            // An answer made while stale says so in its footer: it is not kept past the fault.
            const keep = mayKeep(finished) && madeFrom(finished, version) && !stale;
            if (keep) store.set(version, key, finished);
            // Only an answer any visitor may be given is handed to the ones waiting.
            settle(keep ? finished : undefined);
          })
          .catch((error: Error) => {
            settle(undefined);
            failed(request, response, error);
          });
      },
      // Its client left while it waited: those asking the same address make their own, or
      // they would wait on this flight until the next ingest.
      () => settle(undefined),
    );
    if (!admitted) {
      settle(undefined);
      overloaded(request, response);
    }
  }

  // Every request is dispatched here: repeated addresses from memory, build files straight to
  // Next.js, refusals and redirects answered at once, the rest through the answer cache.
  const server = createServer((request, response) => {
    if (request.url?.startsWith(BUILD_FILES)) {
      return toNext(request, response);
    }
    if (fromMemory(request, response)) return;
    // Only the server's own renders name the catalogue to render from.
    if (request.headers[RENDER_VERSION_HEADER] !== undefined)
      delete request.headers[RENDER_VERSION_HEADER];
    const asSent = request.url ?? '/';
    const checked = refusalOf(request.method ?? '', asSent);
    if ('refusal' in checked) return plainText(response, checked.refusal);
    request.url = checked.path;
    const cleaned = cleanPath(checked.path);
    if (cleaned) return plainText(response, cleaned);
    if (answeredAsHealth(request, response)) return;
    answer(request, response, asSent).catch((error: Error) => failed(request, response, error));
  });
  // The server's own renders go to a loopback port of this process alone: with several
  // processes sharing the public port (scripts/serve.ts), one sent there could reach another,
  // which knows neither this fill's token nor, perhaps yet, the version it names.
  const fills = createServer((request, response) => {
    if (request.headers[FILL_HEADER] === fillToken) return toNext(request, response);
    response.writeHead(404).end();
  });
  await listen(fills, { port: 0, host: '127.0.0.1', exclusive: true });
  // Read once: after close() the server has no address, and answers still queued then fail
  // cleanly on the refused connection instead of on a missing address.
  origin = loopbackUrl(fills);
  started = fill(origin, '/robots.txt', {}, fillToken, '').catch(() => {});
  await listen(server, { port: options.port, host: options.hostname });
  return {
    url: loopbackUrl(server),
    close: async () => {
      await Promise.all([server, fills].map((s) => new Promise((resolve) => s.close(resolve))));
      await app.close();
    },
  };
}

function listen(server: Server, options: ListenOptions): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options, resolve);
  });
}

/**
 * Next.js cleans `//` and `\` out of a path with a bare 308 of its own, before any of our
 * headers are added; here the same redirect carries them. The target stays on this site.
 */
function cleanPath(path: string) {
  const [pathname = '/', query] = path.split(/\?(.*)/s, 2);
  if (!/\/\/|\\/.test(pathname)) return undefined;
  const cleaned = pathname.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  const location = query === undefined ? cleaned : `${cleaned}?${query}`;
  return { status: 308, text: location, headers: refusalHeaders({ Location: location }) };
}

function loopbackUrl(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  if (address === '::' || address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
