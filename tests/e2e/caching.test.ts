import { describe, expect, it } from 'vitest';
import { request } from './support/http';
import { expectSecurityHeaders } from './support/security-headers';

/**
 * Caching as clients see it. Every answer made from the catalogue may be kept by any cache
 * but must be revalidated on each use (its ETag answers 304 while the catalogue is the same),
 * so after an ingest no one is shown the old one; refusals and 404s are never kept. The values
 * are written out here, not read from lib/http/cache-control.ts, which they check.
 */
const KEPT_AND_REVALIDATED = 'public, no-cache';
const NEVER_KEPT = 'no-store';

/** A GET, then the same GET with the validator it gave: 304, no body, the same headers. */
async function expectNotModified(path: string) {
  const first = await request(path);
  expect(first.status, path).toBe(200);
  const etag = first.headers.get('ETag');
  expect(etag, `${path}: ETag`).toBeTruthy();
  expect(first.headers.get('Cache-Control'), path).toBe(KEPT_AND_REVALIDATED);
  const again = await request(path, { headers: { 'If-None-Match': etag ?? '' } });
  expect(again.status, path).toBe(304);
  expect(await again.text()).toBe('');
  expect(again.headers.get('ETag')).toBe(etag);
  expect(again.headers.get('Cache-Control'), path).toBe(KEPT_AND_REVALIDATED);
  expectSecurityHeaders(again);
  expectSecurityHeaders(first);
  return { first, again, etag: etag ?? '' };
}

describe('answers made from the catalogue', () => {
  it.each([
    '/',
    '/outcomes',
    '/outcomes?section=documents&place=shenyang',
    '/outcomes/meetings/24',
    '/en/outcomes/meetings/24',
    '/places/shenyang',
    '/source',
    '/sitemap.xml',
    '/api/outcomes',
    '/api/outcomes?section=documents&place=shenyang',
    '/api/outcomes.csv',
    '/api/outcomes.csv?q=协议',
    '/api/outcomes/meetings/24',
    '/api/outcomes.atom?place=shenyang',
    '/datapackage.json',
  ])('%s: public, revalidated by ETag, 304 when unchanged', async (path) => {
    await expectNotModified(path);
  });

  it('one view has one validator however its address is written', async () => {
    const etag = async (path: string) => (await request(path)).headers.get('ETag');
    const canonical = await etag('/api/outcomes?section=documents&place=shenyang');
    expect(await etag('/api/outcomes?place=shenyang&section=documents')).toBe(canonical);
    expect(await etag('/api/outcomes?section=documents&place=shenyang&page=1')).toBe(canonical);
    expect(await etag('/api/outcomes?section=documents&place=qingdao')).not.toBe(canonical);
    expect(await etag('/api/outcomes.csv?section=documents&place=shenyang')).not.toBe(canonical);
    // The export is never paged, so the page does not change it.
    expect(await etag('/api/outcomes.csv?page=2')).toBe(await etag('/api/outcomes.csv'));
  });

  it('a stale validator gets the whole answer; `*` matches any current one (RFC 9110)', async () => {
    for (const tag of ['W/"stale"', '"stale"']) {
      const response = await request('/api/outcomes', { headers: { 'If-None-Match': tag } });
      expect(response.status, tag).toBe(200);
      expect((await response.json()).total).toBeGreaterThan(0);
    }
    const any = await request('/api/outcomes', { headers: { 'If-None-Match': '*' } });
    expect(any.status).toBe(304);
  });

  it('matches a validator inside a list, weak or strong', async () => {
    const etag = (await request('/api/outcomes')).headers.get('ETag') ?? '';
    const strong = etag.replace(/^W\//, '');
    const response = await request('/api/outcomes', {
      headers: { 'If-None-Match': `"other", ${strong}` },
    });
    expect(response.status).toBe(304);
  });

  it.each(['/', '/outcomes', '/outcomes/meetings/24', '/api/outcomes', '/api/outcomes.csv'])(
    '%s answers HEAD like GET, without a body',
    async (path) => {
      const get = await request(path);
      const head = await request(path, { method: 'HEAD' });
      expect(head.status).toBe(get.status);
      expect(await head.text()).toBe('');
      for (const name of [
        'Content-Type',
        'ETag',
        'Cache-Control',
        'X-Total-Count',
        'Catalogue-Version',
      ]) {
        expect(head.headers.get(name), name).toBe(get.headers.get(name));
      }
      expectSecurityHeaders(head);
    },
  );
});

describe('answers never kept', () => {
  it.each([
    ['an unknown item', '/api/outcomes/meetings/999', 404],
    ['an item this copy lacks', '/api/outcomes/meetings/5', 404],
    ['an invalid parameter', '/api/outcomes?page=0', 400],
    ['an invalid export parameter', '/api/outcomes.csv?sort=nope', 400],
    ['the page of an item this copy lacks', '/outcomes/meetings/5', 404],
    ['a page that does not exist', '/no-such-page', 404],
    ['a place that does not exist', '/places/no-such-place', 404],
    ['an English page that does not exist', '/en/no-such-page', 404],
  ])('%s (%s) is never stored and has no validator', async (_, path, status) => {
    const response = await request(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('Cache-Control')).toBe(NEVER_KEPT);
    expect(response.headers.get('ETag')).toBeNull();
    expectSecurityHeaders(response);
  });

  it('a write is refused with 405, never stored', async () => {
    const response = await request('/outcomes', { method: 'POST', body: 'x' });
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
    expect(response.headers.get('Cache-Control')).toBe(NEVER_KEPT);
  });
});
