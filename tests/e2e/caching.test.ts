import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { request } from './support/http';
import { expectSecurityHeaders } from './support/security-headers';

/** A GET, then the same GET with the validator it gave: 304, no body, the same headers. */
async function expectNotModified(path: string, cacheControl: string) {
  const first = await request(path);
  expect(first.status, path).toBe(200);
  const etag = first.headers.get('ETag');
  expect(etag, `${path}: ETag`).toBeTruthy();
  expect(first.headers.get('Cache-Control'), path).toBe(cacheControl);

  const again = await request(path, { headers: { 'If-None-Match': etag ?? '' } });
  expect(again.status, path).toBe(304);
  expect(await again.text()).toBe('');
  expect(again.headers.get('ETag')).toBe(etag);
  expect(again.headers.get('Cache-Control'), path).toBe(cacheControl);
  expectSecurityHeaders(again);
  return { first, again, etag: etag ?? '' };
}

describe('the API answers conditional requests', () => {
  it.each([
    '/api/outcomes',
    '/api/outcomes?section=documents&place=shenyang',
    '/api/outcomes.csv',
    '/api/outcomes.csv?q=协议',
    '/api/outcomes/meetings/24',
  ])('%s: ETag, short public caching, 304 when unchanged', async (path) => {
    const { first } = await expectNotModified(path, CACHE_CONTROL.api);
    expectSecurityHeaders(first);
  });

  it('gives one validator to one view however its address is written', async () => {
    const etag = async (path: string) => (await request(path)).headers.get('ETag');
    const canonical = await etag('/api/outcomes?section=documents&place=shenyang');
    expect(await etag('/api/outcomes?place=shenyang&section=documents')).toBe(canonical);
    expect(await etag('/api/outcomes?section=documents&place=shenyang&page=1')).toBe(canonical);
    expect(await etag('/api/outcomes?section=documents&place=qingdao')).not.toBe(canonical);
    expect(await etag('/api/outcomes.csv?section=documents&place=shenyang')).not.toBe(canonical);
    // The export is never paged, so the page does not change it.
    expect(await etag('/api/outcomes.csv?page=2')).toBe(await etag('/api/outcomes.csv'));
  });

  it('answers a stale or foreign validator in full', async () => {
    for (const tag of ['W/"stale"', '"stale"', '*']) {
      const response = await request('/api/outcomes', { headers: { 'If-None-Match': tag } });
      expect(response.status, tag).toBe(200);
      expect((await response.json()).total).toBeGreaterThan(0);
    }
  });

  it('matches a validator inside a list, weak or strong', async () => {
    const etag = (await request('/api/outcomes')).headers.get('ETag') ?? '';
    const strong = etag.replace(/^W\//, '');
    const response = await request('/api/outcomes', {
      headers: { 'If-None-Match': `"other", ${strong}` },
    });
    expect(response.status).toBe(304);
  });

  it.each([
    ['an unknown item', '/api/outcomes/meetings/999', 404],
    ['an item this copy lacks', '/api/outcomes/meetings/5', 404],
    ['an invalid parameter', '/api/outcomes?page=0', 400],
    ['an invalid export parameter', '/api/outcomes.csv?sort=nope', 400],
  ])('%s is not kept by any cache and has no validator', async (_, path, status) => {
    const response = await request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.error);
    expect(response.headers.get('ETag')).toBeNull();
    expectSecurityHeaders(response);
  });

  it.each(['/api/outcomes', '/api/outcomes.csv'])(
    '%s answers HEAD like GET, without a body',
    async (path) => {
      const get = await request(path);
      const head = await request(path, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      for (const name of ['Content-Type', 'ETag', 'Cache-Control', 'X-Total-Count']) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      expectSecurityHeaders(head);
    },
  );
});

describe('pages', () => {
  it.each(['/', '/places', '/places/shenyang', '/outcomes/meetings/24', '/source'])(
    'pre-rendered %s: brief public caching, revalidated by ETag',
    async (path) => {
      const { again } = await expectNotModified(path, CACHE_CONTROL.prerendered);
      // Its inline scripts stay allowed by hash whatever nonce the 304's policy carries.
      expect(again.headers.get('Content-Security-Policy')).toMatch(/script-src [^;]*'sha256-/);
    },
  );

  it.each(['/sitemap.xml', '/robots.txt'])(
    '%s keeps Next.js’s own header: public, revalidated on every use',
    async (path) => {
      const response = await request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cache-Control')).toBe('public, max-age=0, must-revalidate');
      expectSecurityHeaders(response);
    },
  );

  it('/outcomes, rendered per request with a nonce, is never stored', async () => {
    const response = await request('/outcomes?section=documents');
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe(CACHE_CONTROL.listing);
    expect(response.headers.get('ETag')).toBeNull();
    expectSecurityHeaders(response);
  });

  it.each(['/outcomes/meetings/5', '/no-such-page', '/places/no-such-place'])(
    'the 404 at %s is not cached',
    async (path) => {
      const response = await request(path);
      expect(response.status).toBe(404);
      const cacheControl = response.headers.get('Cache-Control') ?? '';
      expect(cacheControl).toMatch(/no-store/);
      expect(cacheControl).not.toMatch(/public|max-age=[1-9]/);
      expectSecurityHeaders(response);
    },
  );

  it.each(['/', '/outcomes', '/outcomes/meetings/24'])(
    '%s answers HEAD like GET, without a body',
    async (path) => {
      const get = await request(path);
      const head = await request(path, { method: 'HEAD' });
      expect(head.status).toBe(get.status);
      expect(await head.text()).toBe('');
      for (const name of ['Content-Type', 'Cache-Control']) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      expectSecurityHeaders(head);
    },
  );
});
