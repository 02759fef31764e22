import { type NextRequest, NextResponse } from 'next/server';
import { refusalOf } from '@/lib/http/refusal';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';
import { ORIGINAL_LOCALE } from '@/lib/i18n/locales';
import { REQUEST_PATH_HEADER } from '@/lib/i18n/request-path';

/**
 * Runs for every request Next.js routes, static files included (no matcher). The production
 * server (lib/serve) refuses writes before they reach Next.js; this refuses them again for any
 * other way of serving the build, so no page, route handler or Server Action can be reached by a
 * POST, PUT, DELETE…; an address too long or not decodable is refused too (lib/http/refusal.ts
 * decides for both). Every request carries its address as asked for (REQUEST_PATH_HEADER) to
 * the pages, which a not-found page needs to know its language by.
 */
export async function proxy(request: NextRequest) {
  const asked = new URL(request.url);
  const checked = refusalOf(request.method, `${asked.pathname}${asked.search}`);
  if ('refusal' in checked) {
    const { status, text, headers } = checked.refusal;
    return new NextResponse(`${text}\n`, { status, headers });
  }
  const { pathname } = request.nextUrl;
  if (/.\/$/.test(pathname)) return redirectTo(request, pathname.replace(/\/+$/, ''));
  // The site's own language lives at the unprefixed addresses; its internal segment is not one.
  const own = `/${ORIGINAL_LOCALE}`;
  if (pathname === own || pathname.startsWith(`${own}/`)) {
    return redirectTo(request, pathname.slice(own.length) || '/');
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, pathname);
  return NextResponse.next({ request: { headers } });
}

/**
 * A 308 to the same site: Next.js's own trailing-slash redirect answers before any headers are
 * added, so it is turned off in next.config.ts and done here. The target is absolute, so
 * `//host/` stays on this site.
 */
function redirectTo(request: NextRequest, pathname: string) {
  // A plain URL: NextURL remembers the trailing slash and would put it back.
  const url = new URL(request.url);
  url.pathname = pathname;
  const response = NextResponse.redirect(url, 308);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}
