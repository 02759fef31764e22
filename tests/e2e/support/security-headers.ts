import { expect } from 'vitest';

/**
 * The headers every response must carry, written out here rather than imported from
 * lib/http/security-headers.ts, so a change there that weakens them fails the tests.
 */
const EXPECTED = {
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The security headers, and the Content Security Policy directive by directive. */
export function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(EXPECTED)) {
    expect(response.headers.get(name), name).toBe(value);
  }
  const directives = (response.headers.get('Content-Security-Policy') ?? '').split('; ');
  for (const directive of [
    "default-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ]) {
    expect(directives, 'Content-Security-Policy').toContain(directive);
  }
  for (const name of ['script-src', 'style-src']) {
    const directive = directives.find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive).toMatch(new RegExp(`^${name} 'self'`));
    expect(directive).not.toContain('unsafe');
    expect(directive).not.toContain('nonce');
  }
  expect(response.headers.get('X-Powered-By')).toBeNull();
}
