import fresh from 'fresh';

/**
 * Whether a conditional GET may be answered 304: If-None-Match names the kept answer's ETag
 * (weak comparison, RFC 9110 13.1.2) or is `*`. Only If-None-Match is given to `fresh`: a
 * request's `Cache-Control: no-cache` speaks to caches on the way, and this server, the origin,
 * holds the current answer.
 */
export function notModified(ifNoneMatch: string | undefined, etag: string): boolean {
  return ifNoneMatch !== undefined && fresh({ 'if-none-match': ifNoneMatch }, { etag });
}

/** Kept off a 304, which has no body (RFC 9110, 15.4.5). */
export const BODY_HEADERS = new Set(['content-type', 'content-length', 'content-encoding']);
