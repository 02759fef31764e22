import { CACHE_CONTROL } from './cache-control';
import { SECURITY_HEADERS } from './security-headers';

/** The site is read-only: every other method is answered 405 with these as `Allow`. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD'];

/**
 * The headers of a plain-text answer made before any page or route renders: the proxy's 405,
 * 414 and 400, and the server's 503 and last-resort 500. Never stored, so a fixed address or a
 * freed server is seen at once.
 */
export function refusalHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': CACHE_CONTROL.error,
  };
}
