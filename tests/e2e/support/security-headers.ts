import { expect } from 'vitest';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';

/** The headers every response carries (lib/http/security-headers.ts), the policy by directive. */
export function expectSecurityHeaders(response: Response) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (name === 'Content-Security-Policy') continue;
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
  }
  expect(response.headers.get('X-Powered-By')).toBeNull();
}
