import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerValue, type KeptAnswer } from './answer-cache';
import { BODY_HEADERS, notModified } from './conditional';
import { acceptsGzip, varyWithEncoding } from './encoding';
import { STALE_HEADER } from './health';

/** Whether an answer came from memory (`hit`) or was made for this request (`miss`). */
const CACHE_HEADER = 'X-Catalogue-Cache';

/** The header lines of one way of sending a kept answer, as `writeHead` takes them flat. */
interface Wire {
  identity: string[];
  gzip: string[] | undefined;
  notModified: string[];
}

// A kept answer is sent from memory many times: its header lines are put together once.
const hitWires = new WeakMap<KeptAnswer, Wire>();

/** A finished answer to one request: 304 when the client has it, gzipped when it takes that. */
export function send(
  kept: KeptAnswer,
  request: IncomingMessage,
  response: ServerResponse,
  cached: 'hit' | 'miss',
): void {
  let wire = cached === 'hit' ? hitWires.get(kept) : undefined;
  if (!wire) {
    wire = wireOf(kept, cached);
    if (cached === 'hit') hitWires.set(kept, wire);
  }
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined && kept.status === 200 && notModified(ifNoneMatch, kept.etag)) {
    writeHead(response, 304, wire.notModified);
    response.end();
    return;
  }
  const zipped = wire.gzip !== undefined && acceptsGzip(request.headers) ? wire.gzip : undefined;
  writeHead(response, kept.status, zipped ?? wire.identity);
  const body = zipped ? kept.gzip : kept.body;
  response.end(request.method === 'HEAD' ? undefined : body);
}

function writeHead(response: ServerResponse, status: number, lines: string[]): void {
  // Given headers set before (the stale mark), Node.js would set each line over the last of
  // its name, losing repeated ones: they are appended instead.
  if (!response.hasHeader(STALE_HEADER)) {
    response.writeHead(status, lines);
    return;
  }
  for (let at = 0; at < lines.length; at += 2) {
    response.appendHeader(lines[at] as string, lines[at + 1] as string);
  }
  response.writeHead(status);
}

function wireOf(kept: KeptAnswer, cached: 'hit' | 'miss'): Wire {
  // Only an answer that may be kept has a validator: a 404 or a refusal is made anew each time.
  const headers: Array<[string, string]> = [
    ...kept.headers,
    ...(kept.status === 200 ? [['ETag', kept.etag] as [string, string]] : []),
    [CACHE_HEADER, cached],
  ];
  const flat = (pairs: Array<[string, string]>) => pairs.flat();
  const notModifiedLines = flat(headers.filter(([name]) => !BODY_HEADERS.has(name.toLowerCase())));
  if (!kept.gzip) {
    return {
      identity: flat([...headers, ['Content-Length', String(kept.body.length)]]),
      gzip: undefined,
      notModified: notModifiedLines,
    };
  }
  // An answer sent gzipped to some and not to others says so to caches, in its one Vary.
  const vary = varyWithEncoding(headerValue(kept.headers, 'vary'));
  const varied = headers.filter(([name]) => name.toLowerCase() !== 'vary');
  varied.push(['Vary', vary]);
  return {
    identity: flat([...varied, ['Content-Length', String(kept.body.length)]]),
    gzip: flat([
      ...varied,
      ['Content-Encoding', 'gzip'],
      ['Content-Length', String(kept.gzip.length)],
    ]),
    notModified: notModifiedLines,
  };
}
