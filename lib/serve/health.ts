import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readiness } from '@/lib/catalogue/probe';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';
import { catalogueProbe } from './catalogue-probe';

/**
 * The addresses operators and load balancers poll, answered by the server itself: never
 * rendered, never queued at the admission gate, never kept in the answer cache.
 * - liveness: the process answers (200 whenever it can answer at all);
 * - readiness: a catalogue is loaded and answers are made from it — 200 with what it is, when
 *   it was loaded, the last check of the database and whether it is served stale; 503 when
 *   the process has none to serve. It costs what any request costs: one stat on SQLite, one
 *   small query per CATALOGUE_CHECK_MS on PostgreSQL.
 */
export const LIVENESS_PATH = '/livez';
export const READINESS_PATH = '/readyz';

/** Says on every answer made from a catalogue the database cannot confirm now (RFC 5861's spirit). */
export const STALE_HEADER = 'Catalogue-Stale';

export function staleHeaderValue(stale: Exclude<Readiness['stale'], false>): string {
  return `since ${stale.since}; ${stale.reason}`;
}

/** Whether the request is for a health address; if so, it is answered here. */
export function answeredAsHealth(request: IncomingMessage, response: ServerResponse): boolean {
  const pathname = (request.url ?? '/').split('?')[0];
  if (pathname === LIVENESS_PATH) {
    json(request, response, 200, { live: true });
    return true;
  }
  if (pathname !== READINESS_PATH) return false;
  catalogueProbe().then(
    ({ readiness }) => json(request, response, readiness.ready ? 200 : 503, readiness),
    () => json(request, response, 503, { ready: false }),
  );
  return true;
}

function json(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  body: object,
): void {
  const text = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': CACHE_CONTROL.health,
  });
  response.end(request.method === 'HEAD' ? undefined : text);
}
