import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { request, staticAssetPath } from './support/http';
import { expectSecurityHeaders } from './support/security-headers';

describe('security headers', () => {
  it.each([
    ['the home page', async () => '/'],
    ['a static asset', staticAssetPath],
    ['robots.txt', async () => '/robots.txt'],
    ['the icon', async () => '/icon.svg'],
  ])('are on %s', async (_, path) => {
    const response = await request(await path());
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });

  it('are on a 404', async () => {
    const response = await request('/no-such-page');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('are on the redirect that drops a trailing slash', async () => {
    const response = await request('/no-such-page/?q=1');
    expect(response.status).toBe(308);
    const target = new URL(response.headers.get('Location') ?? '', inject('baseURL'));
    expect(target.href).toBe(new URL('/no-such-page?q=1', inject('baseURL')).href);
    expectSecurityHeaders(response);
  });

  const scriptSources = (response: Response) =>
    response.headers.get('Content-Security-Policy')?.match(/script-src [^;]+/)?.[0];

  it('let a pre-rendered page run only its own inline scripts, by hash, with no nonce', async () => {
    // The same answer is replayed to every visitor (lib/serve): a nonce in it would be one
    // fixed value for all of them, and the pre-rendered HTML carries none to match it.
    for (const path of ['/', '/outcomes/documents/88']) {
      const scripts = scriptSources(await request(path));
      expect(scripts, path).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
      expect(scripts, path).not.toMatch(/'nonce-/);
    }
  });

  it('give a page rendered per request a fresh nonce each time', async () => {
    const [first, second] = await Promise.all([request('/outcomes'), request('/outcomes')]);
    const nonce = (response: Response) => scriptSources(response)?.match(/'nonce-([^']+)'/)?.[1];
    expect(nonce(first)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce(second)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonce(first)).not.toBe(nonce(second));
  });
});

describe('the site is read-only', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('%s is answered 405', async (method) => {
    for (const path of ['/', '/no-such-page', await staticAssetPath()]) {
      const response = await request(path, { method, body: method === 'POST' ? 'x=1' : undefined });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD');
      expectSecurityHeaders(response);
    }
  });

  it('answers HEAD like GET', async () => {
    const response = await request('/', { method: 'HEAD' });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
  });

  it('a Server Action request is refused before any action could run', async () => {
    const response = await request('/', {
      method: 'POST',
      headers: { 'Next-Action': '0'.repeat(40), 'Content-Type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    expect(response.status).toBe(405);
  });

  it('the build contains no Server Actions', async () => {
    const manifest = JSON.parse(
      await readFile(join(inject('distDir'), 'server', 'server-reference-manifest.json'), 'utf8'),
    ) as { node: object; edge: object };
    expect(Object.keys(manifest.node)).toEqual([]);
    expect(Object.keys(manifest.edge)).toEqual([]);
  });
});
