import { randomBytes } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { URL_LENGTH_MAX } from '@/lib/constants';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { isMissingOutcomePath } from '@/lib/http/missing-outcomes';
import { prerenderedScriptHashes } from '@/lib/http/prerendered-scripts';
import { refusalHeaders } from '@/lib/http/refusal';
import {
  DOCUMENT_POLICY_APPLIES,
  documentPolicy,
  SECURITY_HEADERS,
} from '@/lib/http/security-headers';
import { messages } from '@/lib/messages';
import { OUTCOMES_PATH } from '@/lib/outcomes/href';

const ALLOWED_METHODS = ['GET', 'HEAD'];

/**
 * Runs for every request, static files included (no matcher). The catalogue is read-only:
 * anything but GET and HEAD is refused before routing, so no page, route handler or Server
 * Action can be reached by a POST, PUT, DELETE…. An address too long or not decodable is refused
 * too (414, 400). HTML documents get their own script policy.
 */
export async function proxy(request: NextRequest) {
  if (!ALLOWED_METHODS.includes(request.method)) return methodNotAllowed();
  const unreadable = refuseUnreadableAddress(request);
  if (unreadable) return unreadable;
  if (/.\/$/.test(request.nextUrl.pathname)) return withoutTrailingSlash(request);
  if (!DOCUMENT_POLICY_APPLIES || !mayBeDocument(request)) return NextResponse.next();

  const { prerendered, hashes } = await prerenderedScriptHashes(request.nextUrl.pathname);
  const nonce = prerendered ? undefined : randomBytes(16).toString('base64');
  const policy = documentPolicy({ nonce, hashes });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  if (await isMissingOutcomePath(request.nextUrl.pathname)) {
    // Its pre-rendered page says the item is missing from the source; the status says 404.
    // Not a rewrite to request.nextUrl: NextURL turns 127.0.0.1 into localhost, and Next.js
    // proxies a rewrite to another origin, so under `--hostname 127.0.0.1` it loops on itself.
    const missing = NextResponse.next({ status: 404, request: { headers } });
    missing.headers.set('Content-Security-Policy', policy);
    // Else it would carry the page's pre-rendered caching: a 404 is not kept.
    missing.headers.set('Cache-Control', CACHE_CONTROL.error);
    return missing;
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  // Next.js keeps a Cache-Control already on the response (see lib/http/cache-control.ts).
  if (prerendered) response.headers.set('Cache-Control', CACHE_CONTROL.prerendered);
  if (request.nextUrl.pathname === OUTCOMES_PATH) {
    response.headers.set('Cache-Control', CACHE_CONTROL.listing);
  }
  return response;
}

/** Build output under /_next/ (scripts, styles, media) is never an HTML document. */
function mayBeDocument(request: NextRequest): boolean {
  return !request.nextUrl.pathname.startsWith('/_next/');
}

/**
 * Next.js's own trailing-slash redirect answers before any headers are added, so it is turned
 * off in next.config.ts and done here. The target is absolute, so `//host/` stays on this site.
 */
function withoutTrailingSlash(request: NextRequest) {
  // A plain URL: NextURL remembers the trailing slash and would put it back.
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/\/+$/, '');
  const response = NextResponse.redirect(url, 308);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

/**
 * 414 for an address longer than URL_LENGTH_MAX; 400 for a path that is not valid
 * percent-encoded UTF-8 (`%E4%B8`, `%ZZ`, a lone `%`), which Next.js cannot decode into route
 * parameters and would answer with a bare 500.
 */
function refuseUnreadableAddress(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = new URL(request.url);
  if (pathname.length + search.length > URL_LENGTH_MAX) {
    return refused(414, messages.http.uriTooLong);
  }
  try {
    decodeURIComponent(pathname);
  } catch {
    return refused(400, messages.http.badPath);
  }
  return undefined;
}

function methodNotAllowed() {
  return refused(405, messages.http.methodNotAllowed, { Allow: ALLOWED_METHODS.join(', ') });
}

/** A plain-text refusal made here, before routing, with the headers every response carries. */
function refused(status: number, text: string, headers: Record<string, string> = {}) {
  return new NextResponse(`${text}\n`, { status, headers: refusalHeaders(headers) });
}
