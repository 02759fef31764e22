import type { IncomingHttpHeaders } from 'node:http';
import Negotiator from 'negotiator';

/** Whether Accept-Encoding admits gzip, by name or else by `*`, with a q-value above zero. */
export function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  return new Negotiator({ headers }).encoding(['gzip']) === 'gzip';
}

/** An answer sent gzipped to some and not to others says so to caches. */
export function varyWithEncoding(vary: string): string {
  return /\baccept-encoding\b/i.test(vary)
    ? vary
    : vary === ''
      ? 'Accept-Encoding'
      : `${vary}, Accept-Encoding`;
}
