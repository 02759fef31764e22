import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * Next.js's answers for the paths `next build` pre-rendered, kept in memory and sent again
 * without entering Next.js. Next.js spends about a millisecond of routing on every request,
 * even for a page it only reads from disk; here a pre-rendered page costs what a static file
 * server would. Nothing is re-implemented: each path's first answer is asked of Next.js itself
 * (through `fetchAnswer`), and its status, headers and body are what is replayed — only for
 * requests that cannot change that answer, as Next.js's own `Vary` declares.
 *
 * The build does not change while a server runs (a new database means a new build and a new
 * server), so a kept answer never goes stale.
 */

export interface FetchedAnswer {
  status: number;
  /** Header names and values as sent, in order, repeated names repeated. */
  headers: Array<[string, string]>;
  body: Buffer;
}

interface KeptAnswer {
  status: number;
  headers: Array<[string, string]>;
  etag: string | undefined;
  /** Request headers the answer depends on, lower-cased, Accept-Encoding aside (handled here). */
  varies: string[];
  identity: Buffer;
  /** The body gzipped once, when the type compresses and the result is smaller. */
  gzip: Buffer | undefined;
}

// A request carrying any of these asks Next.js for something else than the document: a React
// Server Component payload, a prefetch, a part of the body, a revalidation.
const NOT_A_PLAIN_READ = /^(rsc|range|if-range|next-.*|x-prerender-.*|x-middleware-.*)$/;
// Describe one connection or one transfer, not the answer.
const PER_MESSAGE = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
]);
// Kept off a 304, which has no body (RFC 9110, 15.4.5).
const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export class PrerenderedAnswers {
  readonly #paths: ReadonlySet<string>;
  readonly #fetchAnswer: (path: string) => Promise<FetchedAnswer>;
  readonly #kept = new Map<string, Promise<KeptAnswer | null>>();

  /**
   * @param paths the pre-rendered paths, exactly as requested (`/outcomes/documents/88`)
   * @param fetchAnswer asks Next.js for a path's answer, unencoded, bypassing this cache
   */
  constructor(paths: Iterable<string>, fetchAnswer: (path: string) => Promise<FetchedAnswer>) {
    this.#paths = new Set(paths);
    this.#fetchAnswer = fetchAnswer;
  }

  /**
   * Answers the request from memory when it is a plain GET or HEAD of a pre-rendered path
   * whose answer may be replayed. Resolves to false, having sent nothing, when Next.js must
   * answer it instead.
   */
  async answer(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
    const path = request.url ?? '';
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (!this.#paths.has(path)) return false;
    if (Object.keys(request.headers).some((name) => NOT_A_PLAIN_READ.test(name))) return false;
    const kept = await this.#keep(path);
    if (!kept || kept.varies.some((name) => request.headers[name] !== undefined)) return false;
    send(kept, request, response);
    return true;
  }

  #keep(path: string): Promise<KeptAnswer | null> {
    let kept = this.#kept.get(path);
    if (!kept) {
      kept = this.#fetchAnswer(path).then(toKeptAnswer);
      this.#kept.set(path, kept);
      // A failed fetch is not kept: the next request asks again.
      kept.catch(() => this.#kept.delete(path));
    }
    return kept.catch(() => null);
  }
}

/** Null when the answer must not be replayed: not a 200, or marked private or not to store. */
function toKeptAnswer({ status, headers, body }: FetchedAnswer): KeptAnswer | null {
  const value = (name: string) =>
    headers
      .filter(([key]) => key.toLowerCase() === name)
      .map(([, v]) => v)
      .join(', ');
  if (status !== 200 || value('set-cookie') !== '') return null;
  if (/\b(no-store|private)\b/i.test(value('cache-control'))) return null;
  const gzip = COMPRESSIBLE.test(value('content-type')) ? gzipSync(body) : undefined;
  return {
    status,
    headers: headers.filter(([name]) => !PER_MESSAGE.has(name.toLowerCase())),
    etag: value('etag') || undefined,
    varies: value('vary')
      .split(',')
      .map((name) => name.trim().toLowerCase())
      .filter((name) => name !== '' && name !== 'accept-encoding'),
    identity: body,
    gzip: gzip && gzip.length < body.length ? gzip : undefined,
  };
}

function send(kept: KeptAnswer, request: IncomingMessage, response: ServerResponse): void {
  if (kept.etag && matchesEtag(request.headers['if-none-match'], kept.etag)) {
    response.statusCode = 304;
    for (const [name, value] of kept.headers) {
      if (!BODY_HEADERS.has(name.toLowerCase())) response.appendHeader(name, value);
    }
    response.end();
    return;
  }
  const body = kept.gzip && acceptsGzip(request.headers) ? kept.gzip : kept.identity;
  response.statusCode = kept.status;
  for (const [name, value] of kept.headers) response.appendHeader(name, value);
  if (body === kept.gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
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
