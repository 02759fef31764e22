import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';

// Browsers send a handful of Accept-Encoding values: each is read once, not on every answer.
const decided = new Map<string | undefined, boolean>();
const DECIDED_MAX = 256;

/** Whether Accept-Encoding admits gzip, by name or else by `*`, with a q-value above zero. */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  const asked = headers['accept-encoding'];
  let gzip = decided.get(asked);
  if (gzip === undefined) {
    gzip = new Negotiator({ headers: { 'accept-encoding': asked } }).encoding(['gzip']) === 'gzip';
    if (decided.size >= DECIDED_MAX) decided.clear();
    decided.set(asked, gzip);
  }
  return gzip;
}

/** An answer sent gzipped to some and not to others says so to caches. */
export function varyWithEncoding(vary: string): string {
  return /\baccept-encoding\b/i.test(vary)
    ? vary
    : vary === ''
      ? 'Accept-Encoding'
      : `${vary}, Accept-Encoding`;
}
