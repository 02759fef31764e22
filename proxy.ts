import { randomBytes } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { prerenderedScriptHashes } from '@/lib/http/prerendered-scripts';
import {
  DOCUMENT_POLICY_APPLIES,
  documentPolicy,
  SECURITY_HEADERS,
} from '@/lib/http/security-headers';
import { messages } from '@/lib/messages';

const ALLOWED_METHODS = ['GET', 'HEAD'];

/**
 * Runs for every request, static files included (no matcher). The catalogue is read-only:
 * anything but GET and HEAD is refused before routing, so no page, route handler or Server
 * Action can be reached by a POST, PUT, DELETE…. HTML documents get their own script policy.
 */
export async function proxy(request: NextRequest) {
  if (!ALLOWED_METHODS.includes(request.method)) return methodNotAllowed();
  if (/.\/$/.test(request.nextUrl.pathname)) return withoutTrailingSlash(request);
  if (!DOCUMENT_POLICY_APPLIES || !mayBeDocument(request)) return NextResponse.next();

  const policy = documentPolicy({
    nonce: randomBytes(16).toString('base64'),
    hashes: await prerenderedScriptHashes(request.nextUrl.pathname),
  });
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
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

function methodNotAllowed() {
  return new NextResponse(`${messages.http.methodNotAllowed}\n`, {
    status: 405,
    headers: {
      ...SECURITY_HEADERS,
      Allow: ALLOWED_METHODS.join(', '),
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}
