import { createHash } from 'node:crypto';
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

  const sources = (response: Response, directive: string) =>
    (response.headers.get('Content-Security-Policy') ?? '')
      .split('; ')
      .find((part) => part.startsWith(`${directive} `))
      ?.split(' ')
      .slice(1)
      .sort();

  const inlineHashes = (html: string, element: 'script' | 'style') => [
    ...new Set(
      [
        ...html.matchAll(
          new RegExp(`<${element}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${element}>`, 'g'),
        ),
      ].map(([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`),
    ),
  ];

  it.each([
    '/',
    '/outcomes',
    `/outcomes?place=shenyang&q=${encodeURIComponent('协议')}`,
    '/outcomes/documents/88',
    '/en/places/shenyang',
    '/no-such-page',
  ])(
    '%s may run exactly its own inline scripts and styles, by hash, and nothing by nonce',
    async (path) => {
      // The same answer is sent again to every visitor (lib/serve): a nonce in it would be one
      // fixed value for all of them. So the policy names the document's own inline code.
      const response = await request(path);
      const html = await response.text();
      const scripts = inlineHashes(html, 'script');
      expect(scripts.length, 'Next.js starts the page with inline scripts').toBeGreaterThan(0);
      expect(sources(response, 'script-src')).toEqual(["'self'", ...scripts].sort());
      expect(sources(response, 'style-src')).toEqual(
        ["'self'", ...inlineHashes(html, 'style')].sort(),
      );
      expectSecurityHeaders(response);
    },
  );

  it('give a page made per request the same policy as its answer, whoever asks', async () => {
    const path = `/outcomes?section=documents&q=${encodeURIComponent('沈阳')}`;
    const [first, second] = await Promise.all([request(path), request(path)]);
    expect(await first.text()).toBe(await second.text());
    expect(first.headers.get('Content-Security-Policy')).toBe(
      second.headers.get('Content-Security-Policy'),
    );
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
