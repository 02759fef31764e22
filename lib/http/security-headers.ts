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
 * The policy for one HTML document. Next.js bootstraps every page with inline scripts (the
 * Turbopack runtime and the `self.__next_f.push(…)` React Server Component payload), so 'self'
 * alone would block them and the page would never hydrate. Pages carry no nonce: the server
 * keeps and sends again the same answer to many visitors (lib/serve), and a nonce sent twice is
 * no nonce. Instead the server reads the finished document and allows exactly its own inline
 * scripts and styles, by their sha256 hashes (lib/serve/document-policy.ts).
 */
export function documentPolicy({
  scripts,
  styles,
}: {
  scripts: readonly string[];
  styles: readonly string[];
}) {
  const hashed = (hashes: readonly string[]) => hashes.map((hash) => `'sha256-${hash}'`);
  return contentSecurityPolicy(hashed(scripts), hashed(styles));
}
