import { randomBytes } from 'node:crypto';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import next from 'next';
import {
  ANSWER_CACHE_BYTES,
  QUEUED_ANSWERS_MAX,
  RUNNING_ANSWERS_MAX,
  URL_LENGTH_MAX,
} from '@/lib/constants';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { ALLOWED_METHODS, refusalHeaders } from '@/lib/http/refusal';
import { NOT_FOUND_PATTERN } from '@/lib/http/status-mark';
import { localeOfPath } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/messages';
import { AdmissionGate } from './admission';
import {
  type Answer,
  AnswerCache,
  headerValue,
  type KeptAnswer,
  mayKeep,
  prepared,
} from './answer-cache';
import { catalogueProbe } from './catalogue-probe';
import { policyForDocument } from './document-policy';
import { answeredAsHealth, STALE_HEADER, staleHeaderValue } from './health';

/**
 * The production server: Next.js's request handler behind what `next start` lacks.
 *
 * - Requests Next.js fumbles are answered here first: any method but GET and HEAD (TRACE too)
 *   gets 405, an asterisk target 400, and an absolute-form target (`GET http://other/`) is
 *   answered as the path it names on this site, never redirected to another host.
 * - Every answer is made from the catalogue this process has loaded (lib/catalogue/loaded.ts)
 *   and kept in an answer cache (./answer-cache.ts) under that catalogue's version: the first
 *   request for an address renders it, later ones are sent from memory until an ingest makes
 *   a new version current. Each HTML document gets a Content Security Policy naming its own
 *   inline scripts by hash, and every catalogue answer an ETag and `Cache-Control` here.
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
// Marks the server's own request to Next.js for an answer to keep.
const FILL_HEADER = 'x-catalogue-fill';
// The request headers that change what Next.js answers for one address (its own `Vary`).
const VARYING = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];
// A request asking for part of an answer, or another representation of it, goes straight through.
const PASS_THROUGH = /^(range|if-range)$/;
// Describe one connection or one transfer, not the answer; never forwarded or kept.
const PER_MESSAGE = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'host',
  'accept-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
]);
// Kept off a 304, which has no body (RFC 9110, 15.4.5).
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);
// The version a page was made from, as its footer says it (HTML, or the React payload's JSON).
const VERSION_MARK = /data-catalogue-version\\?"?\s*[:=]\s*\\?"([0-9a-f]{6,64})/;

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
  // Answers being made now, by version and key; settled with the answer when it may be shared.
  const inflight = new Map<string, Promise<KeptAnswer | undefined>>();
  // Where this server listens, for the answers it asks Next.js to make (set once listening).
  let origin = '';

  const toNext = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: Error) => failed(request, response, error));
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = request.url ?? '/';
    const pathname = path.split('?')[0] ?? '/';
    const probe = CATALOGUE_FREE.has(pathname) ? null : await catalogueProbe();
    if (probe && 'unavailable' in probe) {
      return plainText(response, 503, httpText(request).unavailable, { 'Retry-After': '5' });
    }
    const stale = probe?.stale || undefined;
    if (stale) response.setHeader(STALE_HEADER, staleHeaderValue(stale));
    const version = probe?.version ?? '';
    if (Object.keys(request.headers).some((name) => PASS_THROUGH.test(name))) {
      if (!gate.admit(response, () => toNext(request, response))) overloaded(request, response);
      return;
    }
    const key = cacheKey(path, request.headers);
    const kept = cache.get(version, key);
    if (kept) return send(kept, request, response, 'hit');
    // A burst on one new address (a shared link) is made once: the others wait for that answer
    // instead of each taking a place at the gate for the same work.
    const flightKey = `${version}\u0000${key}`;
    // Checked and claimed with no await between: requests resuming together (after a catalogue
    // switch) would otherwise all find nothing in flight and each make the answer.
    const pending = inflight.get(flightKey);
    if (pending) {
      const shared = await pending;
      if (shared) return send(shared, request, response, 'hit');
    }
    let made: (answer: KeptAnswer | undefined) => void = () => {};
    const flight = new Promise<KeptAnswer | undefined>((resolve) => {
      made = resolve;
    });
    inflight.set(flightKey, flight);
    const settle = (answer: KeptAnswer | undefined) => {
      if (inflight.get(flightKey) === flight) inflight.delete(flightKey);
      made(answer);
    };
    const admitted = gate.admit(response, () => {
      fill(origin, path, request.headers, fillToken)
        .then((answer) => {
          const finished = prepared(finish(answer));
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

  const server = createServer((request, response) => {
    if (request.headers[FILL_HEADER] === fillToken || request.url?.startsWith(BUILD_FILES)) {
      return toNext(request, response);
    }
    const refusal = refusalFor(request);
    if (refusal) return plainText(response, refusal.status, refusal.text, refusal.headers);
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
 * What Next.js would answer wrongly: a 500 for TRACE or an asterisk, a redirect to the host an
 * absolute-form target names, a redirect without security headers for a path with `//`, a
 * bare 431 for an address that grows past Node's limit when encoded. An
 * absolute-form target for any host is read as its path on this site (RFC 9112 lets a server
 * take the target's path as the one asked for).
 */
function refusalFor(
  request: IncomingMessage,
): { status: number; text: string; headers?: Record<string, string> } | undefined {
  const answer = targetRefusal(request);
  if (answer) return answer;
  // Measured percent-encoded, as proxy.ts measures it and as the address is passed on to
  // Next.js: `<` sent raw takes three characters there, and an address near the cap would
  // otherwise pass here and overflow Node's header limit on the way in (a bare 431).
  const encoded = new URL(request.url ?? '/', 'http://catalogue.invalid');
  if (encoded.pathname.length + encoded.search.length > URL_LENGTH_MAX) {
    return { status: 414, text: httpText(request).uriTooLong };
  }
  // Next.js cleans `//` and `\` out of a path with a bare 308 of its own, before any of our
  // headers are added; here the same redirect carries them. The target stays on this site.
  const [pathname = '/', query] = (request.url ?? '/').split(/\?(.*)/s, 2);
  if (/\/\/|\\/.test(pathname)) {
    const cleaned = pathname.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
    const location = query === undefined ? cleaned : `${cleaned}?${query}`;
    return { status: 308, text: location, headers: { Location: location } };
  }
  return undefined;
}

function targetRefusal(
  request: IncomingMessage,
): { status: number; text: string; headers?: Record<string, string> } | undefined {
  if (request.url === '*') return { status: 400, text: httpText(request).badTarget };
  if (!ALLOWED_METHODS.includes(request.method ?? '')) {
    return {
      status: 405,
      text: httpText(request).methodNotAllowed,
      headers: { Allow: ALLOWED_METHODS.join(', ') },
    };
  }
  const target = request.url ?? '/';
  if (!target.startsWith('/')) {
    try {
      const url = new URL(target);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http');
      request.url = `${url.pathname}${url.search}`;
    } catch {
      return { status: 400, text: httpText(request).badTarget };
    }
  }
  return undefined;
}

/**
 * The key an answer is kept under: the path, the query's parameters in one order (stably sorted
 * by name, so repeated names keep theirs and the page reads them the same), and the values of
 * the request headers Next.js varies its answers on.
 */
function cacheKey(path: string, headers: IncomingHttpHeaders): string {
  const [pathname = '/', query = ''] = path.split(/\?(.*)/s, 2);
  const pairs = query === '' ? [] : query.split('&');
  const sorted = pairs
    .map((pair, index) => ({ name: pair.split('=')[0] ?? '', pair, index }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
    .map(({ pair }) => pair);
  const varying = VARYING.map((name) => headers[name] ?? '').join('\u0000');
  return `${pathname}?${sorted.join('&')}\u0000${varying}`;
}

/**
 * Whether an answer may be kept under `version`: made from that very catalogue, when it says
 * (a page's footer, an API answer's header), else made while that version was current.
 */
function madeFrom(answer: KeptAnswer, version: string): boolean {
  const stated = headerValue(answer.headers, 'catalogue-version');
  return stated === '' || stated === version;
}

/**
 * The headers only this server can set, once the whole answer is known: an HTML document's
 * script policy, the version it was made from, a validator, and Cache-Control; and the status
 * of a page that says it is a 404 (lib/http/status-mark.ts).
 */
function finish(made: Answer): Answer {
  const headers = made.headers.filter(
    ([name]) => !PER_MESSAGE.has(name.toLowerCase()) && name.toLowerCase() !== 'etag',
  );
  const set = (name: string, value: string) => {
    const at = headers.findIndex(([key]) => key.toLowerCase() === name.toLowerCase());
    if (at === -1) headers.push([name, value]);
    else headers[at] = [name, value];
  };
  const type = headerValue(headers, 'content-type');
  let { status } = made;
  if (type.startsWith('text/html') || type.startsWith('text/x-component')) {
    const text = made.body.toString('utf8');
    if (status === 200 && NOT_FOUND_PATTERN.test(text)) status = 404;
    const version = VERSION_MARK.exec(text)?.[1];
    if (version && headerValue(headers, 'catalogue-version') === '')
      set('Catalogue-Version', version);
    if (type.startsWith('text/html')) set('Content-Security-Policy', policyForDocument(text));
  }
  set('Cache-Control', status === 200 ? CACHE_CONTROL.catalogue : CACHE_CONTROL.error);
  return { ...made, status, headers };
}

/** Whether an answer came from memory (`hit`) or was made for this request (`miss`). */
const CACHE_HEADER = 'X-Catalogue-Cache';

function send(
  kept: KeptAnswer,
  request: IncomingMessage,
  response: ServerResponse,
  cached: 'hit' | 'miss',
): void {
  // Only an answer that may be kept has a validator: a 404 or a refusal is made anew each time.
  const headers: Array<[string, string]> = [
    ...kept.headers,
    ...(kept.status === 200 ? [['ETag', kept.etag] as [string, string]] : []),
    [CACHE_HEADER, cached],
  ];
  if (kept.status === 200 && matchesEtag(request.headers['if-none-match'], kept.etag)) {
    response.statusCode = 304;
    for (const [name, value] of headers) {
      if (!BODY_HEADERS.has(name.toLowerCase())) response.appendHeader(name, value);
    }
    response.end();
    return;
  }
  const body = kept.gzip && acceptsGzip(request.headers) ? kept.gzip : kept.body;
  response.statusCode = kept.status;
  for (const [name, value] of headers) response.appendHeader(name, value);
  if (kept.gzip) response.setHeader('Vary', varyWithEncoding(headerValue(kept.headers, 'vary')));
  if (body === kept.gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
}

function varyWithEncoding(vary: string): string {
  return /\baccept-encoding\b/i.test(vary)
    ? vary
    : vary === ''
      ? 'Accept-Encoding'
      : `${vary}, Accept-Encoding`;
}

/** If-None-Match with the weak comparison (RFC 9110, 13.1.2): W/ prefixes are ignored. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/** Whether Accept-Encoding admits gzip, by name or else by `*`, with a q-value above zero. */
function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  const weights = new Map<string, number>();
  for (const entry of (headers['accept-encoding'] ?? '').toLowerCase().split(',')) {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim());
    const q = params.find((param) => param.startsWith('q='));
    weights.set(coding, q === undefined ? 1 : Number(q.slice(2)));
  }
  return (weights.get('gzip') ?? weights.get('*') ?? 0) > 0;
}

function loopbackUrl(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  if (address === '::' || address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/**
 * Next.js's answer for a request, asked over loopback as a GET with the request's own headers
 * (but unencoded), whole: the answer is finished and kept before it is sent.
 */
function fill(
  url: string,
  path: string,
  headers: IncomingHttpHeaders,
  token: string,
): Promise<Answer> {
  const forwarded: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_MESSAGE.has(name) && !name.startsWith('if-'))
      forwarded[name] = value;
  }
  // The visitor's Host, so Next.js builds any absolute URL for the address they used.
  if (headers.host) forwarded['x-forwarded-host'] = headers.host;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      new URL(path, url),
      { headers: { ...forwarded, [FILL_HEADER]: token, 'accept-encoding': 'identity' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = response.rawHeaders;
          const pairs: Array<[string, string]> = [];
          for (let i = 0; i + 1 < raw.length; i += 2)
            pairs.push([raw[i] as string, raw[i + 1] as string]);
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function overloaded(request: IncomingMessage, response: ServerResponse): void {
  plainText(response, 503, httpText(request).overloaded, { 'Retry-After': '1' });
}

/** Next.js answers its own errors; this is for a failure outside it, never shown in detail. */
function failed(request: IncomingMessage, response: ServerResponse, error: Error): void {
  console.error(`error: ${error.message}`);
  if (response.headersSent) response.destroy();
  else plainText(response, 500, httpText(request).failed);
}

/** The plain-text refusals' words, in the language the address asks for (/en/… in English). */
function httpText(request: IncomingMessage): Messages['http'] {
  return localeOfPath(request.url ?? '/').messages.http;
}

function plainText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, refusalHeaders(headers));
  response.end(`${text}\n`);
}
