/**
 * The security headers every response carries: pages, route handlers, static files, 404s and
 * the proxy's own 405s. next.config.ts applies them to every path; proxy.ts adds them to the
 * responses it answers itself and replaces the policy of documents with `documentPolicy`.
 */

// `next dev` evaluates scripts with eval and injects styles inline for hot reloading.
const isDev = process.env.NODE_ENV === 'development';
const DEV_SOURCES = ["'unsafe-inline'", "'unsafe-eval'"];

function contentSecurityPolicy(scripts: readonly string[], styles: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...scripts].join(' '),
    ['style-src', "'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'microphone=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * With no inline script or style allowed: right for everything that is not an HTML document
 * (assets, robots.txt, JSON, CSV), and the fallback for documents should the proxy not run.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': isDev
    ? contentSecurityPolicy(DEV_SOURCES, ["'unsafe-inline'"])
    : contentSecurityPolicy([], []),
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The policy for an HTML document. Next.js bootstraps every page with inline scripts (the
 * Turbopack runtime and the `self.__next_f.push(…)` React Server Component payload), so
 * 'self' alone would block them and the page would never hydrate. A pre-rendered page was
 * written at build time, when no per-request nonce existed: its scripts are allowed by their
 * sha256 hashes, and it gets no nonce, which it could not use and which would be sent again
 * unchanged with every copy of the page the server replays (lib/serve). A page rendered per
 * request gets Next.js's nonce on every script and inline style it renders instead.
 */
export function documentPolicy({ nonce, hashes }: { nonce?: string; hashes: readonly string[] }) {
  const nonceSources = nonce ? [`'nonce-${nonce}'`] : [];
  return contentSecurityPolicy(
    [...nonceSources, ...hashes.map((hash) => `'sha256-${hash}'`)],
    nonceSources,
  );
}

/** In development nothing is pre-rendered and the relaxed default already covers documents. */
export const DOCUMENT_POLICY_APPLIES = !isDev;
