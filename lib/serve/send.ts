import type { IncomingMessage, ServerResponse } from 'node:http';
import { headerValue, type KeptAnswer } from './answer-cache';
import { BODY_HEADERS, notModified } from './conditional';
import { acceptsGzip, varyWithEncoding } from './encoding';

/** Whether an answer came from memory (`hit`) or was made for this request (`miss`). */
const CACHE_HEADER = 'X-Catalogue-Cache';

/** A finished answer to one request: 304 when the client has it, gzipped when it takes that. */
export function send(
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
  if (kept.status === 200 && notModified(request.headers['if-none-match'], kept.etag)) {
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
