import { URL_LENGTH_MAX } from '@/lib/constants';
import { localeOfPath } from '@/lib/i18n/locale';
import type { Messages } from '@/lib/messages/zh-CN';
import { CACHE_CONTROL } from './cache-control';
import { SECURITY_HEADERS } from './security-headers';

/** The site is read-only: every other method is answered 405 with these as `Allow`. */
const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD'];

/** A plain-text answer given before any page or route renders, in the address's language. */
export interface Refusal {
  status: number;
  text: string;
  headers: Record<string, string>;
}

/**
 * What the site refuses before routing, decided here for the production server (lib/serve)
 * and for proxy.ts alike, so any way of serving the build refuses the same requests the same
 * way: another method than GET or HEAD (405), an asterisk or a target that is not on this
 * site (400), an address longer than URL_LENGTH_MAX once percent-encoded (414), a path that is
 * not valid percent-encoded UTF-8 (`%E4%B8`, `%ZZ`; 400: Next.js cannot decode it into route
 * parameters and would answer a bare 500). The method is checked before the address.
 *
 * `target` is the request-target as sent; an absolute-form one (`GET http://other/x`) is read
 * as the path it names on this site (RFC 9112 lets a server take the target's path as the one
 * asked for), and that path is returned to be answered.
 */
export function refusalOf(method: string, target: string): { refusal: Refusal } | { path: string } {
  let url: URL | undefined;
  try {
    url = target.startsWith('/') ? new URL(target, 'http://catalogue.invalid') : new URL(target);
  } catch {}
  const refuse = (status: number, reason: keyof Messages['http'], headers = {}) => ({
    refusal: {
      status,
      text: localeOfPath(url?.pathname ?? target).messages.http[reason],
      headers: refusalHeaders(headers),
    },
  });
  if (target === '*') return refuse(400, 'badTarget');
  if (!ALLOWED_METHODS.includes(method)) {
    return refuse(405, 'methodNotAllowed', { Allow: ALLOWED_METHODS.join(', ') });
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return refuse(400, 'badTarget');
  }
  // Measured percent-encoded, as the address is passed on to Next.js: `<` sent raw takes three
  // characters there, and an address near the cap would otherwise overflow Node's header limit
  // on the way in (a bare 431).
  if (url.pathname.length + url.search.length > URL_LENGTH_MAX) return refuse(414, 'uriTooLong');
  try {
    decodeURIComponent(url.pathname);
  } catch {
    return refuse(400, 'badPath');
  }
  return { path: target.startsWith('/') ? target : `${url.pathname}${url.search}` };
}

/**
 * The headers of a plain-text answer made before any page or route renders: the refusals
 * above, and the server's 503 and last-resort 500. Never stored, so a fixed address or a freed
 * server is seen at once.
 */
export function refusalHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    ...extra,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': CACHE_CONTROL.error,
  };
}
