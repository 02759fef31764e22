import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import { RENDER_VERSION_HEADER } from '@/lib/catalogue/probe';
import { ANSWER_CACHE_BYTES, QUEUED_ANSWERS_MAX, RUNNING_ANSWERS_MAX } from '@/lib/constants';
import { refusalHeaders, refusalOf } from '@/lib/http/refusal';
import { AdmissionGate } from './admission';
import { AnswerCache, mayKeep, prepared } from './answer-cache';
import { bypassesCache, cacheKey } from './cache-key';
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
  const flights = new SingleFlight();
  // Where this server listens, for the answers it asks Next.js to make (set once listening).
  let origin = '';

  const toNext = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: Error) => failed(request, response, error));
  };

  /** An answer from memory, or made once for everyone asking at the same time, then kept. */
  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const pathname = path.split('?')[0] ?? '/';
    const probe = CATALOGUE_FREE.has(pathname) ? null : await catalogueProbe();
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
    const key = cacheKey(path, request.headers);
    const kept = cache.get(version, key);
    if (kept) return send(kept, request, response, 'hit');
    const flightKey = `${version}\u0000${key}`;
    const pending = flights.pending(flightKey);
    if (pending) {
      const shared = await pending;
      if (shared) return send(shared, request, response, 'hit');
    }
    const settle = flights.claim(flightKey);
    const admitted = gate.admit(response, () => {
      fill(origin, path, request.headers, fillToken, version)
        .then((made) => {
          const finished = prepared(finish(made));
          send(finished, request, response, 'miss');
          // An answer made while stale says so in its footer: it is not kept past the fault.
          const keep = mayKeep(finished) && madeFrom(finished, version) && !stale;
          if (keep) cache.set(version, key, finished);
          // Only an answer any visitor may be given is handed to the ones waiting.
          settle(keep ? finished : undefined);
        })
        .catch((error: Error) => {
          settle(undefined);
          failed(request, response, error);
        });
    });
    if (!admitted) {
      settle(undefined);
      overloaded(request, response);
    }
  }

  // Every request is dispatched here: the server's own fills and build files straight to
  // Next.js, refusals and redirects answered at once, the rest through the answer cache.
  const server = createServer((request, response) => {
    if (request.headers[FILL_HEADER] === fillToken || request.url?.startsWith(BUILD_FILES)) {
      return toNext(request, response);
    }
    // Only the server's own renders name the catalogue to render from.
    delete request.headers[RENDER_VERSION_HEADER];
    const checked = refusalOf(request.method ?? '', request.url ?? '/');
    if ('refusal' in checked) return plainText(response, checked.refusal);
    request.url = checked.path;
    const cleaned = cleanPath(checked.path);
    if (cleaned) return plainText(response, cleaned);
    if (answeredAsHealth(request, response)) return;
    answer(request, response).catch((error: Error) => failed(request, response, error));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port, options.hostname, resolve);
  });
  // Read once: after close() the server has no address, and answers still queued then fail
  // cleanly on the refused connection instead of on a missing address.
  origin = loopbackUrl(server);
  return {
    url: origin,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
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
