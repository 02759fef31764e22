import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { URL_LENGTH_MAX } from '@/lib/constants';
import { REQUEST_PATH_HEADER } from '@/lib/i18n/request-path';
import { proxy } from '@/proxy';
import { expectSecurityHeaders } from './e2e/support/security-headers';

const ORIGIN = 'http://localhost:3000';
const request = (path: string, init?: ConstructorParameters<typeof NextRequest>[1]) =>
  proxy(new NextRequest(`${ORIGIN}${path}`, init));

function expectRefusal(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
  expectSecurityHeaders(response);
}

/**
 * The request header Next.js passes on to the page: NextResponse.next({ request: { headers } })
 * lists the overridden names and carries each value under x-middleware-request-<name>.
 */
function passedOn(response: Response, name: string): string | null {
  const overridden = response.headers.get('x-middleware-override-headers')?.split(',') ?? [];
  return overridden.includes(name) ? response.headers.get(`x-middleware-request-${name}`) : null;
}

describe('proxy: what it refuses', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])(
    'answers %s with 405 and the methods it allows',
    async (method) => {
      const response = await request('/', { method });
      expectRefusal(response, 405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD');
    },
  );

  it.each(['GET', 'HEAD'])('passes %s on', async (method) => {
    expect((await request('/outcomes', { method })).headers.get('x-middleware-next')).toBe('1');
  });

  it.each(['/places/%ZZ', '/outcomes/%E4%B8/1', '/api/outcomes/meetings/%', '/%C0%AE'])(
    'refuses %s, whose path is not percent-encoded UTF-8, with 400',
    async (path) => {
      expectRefusal(await request(path), 400);
    },
  );

  it('leaves a bad encoding in the query to the page, which reads it as text', async () => {
    expect((await request('/robots.txt?q=%ZZ')).status).toBe(200);
  });

  it('serves an address of URL_LENGTH_MAX characters and refuses a longer one with 414', async () => {
    const query = (length: number) =>
      `/robots.txt?q=${'a'.repeat(length - '/robots.txt?q='.length)}`;
    expect((await request(query(URL_LENGTH_MAX))).status).toBe(200);
    expectRefusal(await request(query(URL_LENGTH_MAX + 1)), 414);
  });

  it('says why in the language of the address', async () => {
    expect(await (await request('/en/places/%ZZ')).text()).toBe(
      'Invalid address: its percent-encoding cannot be decoded.\n',
    );
    expect(await (await request('/places/%ZZ')).text()).toBe(
      '网址无效：其中的百分号编码无法解码。\n',
    );
    expect(await (await request('/en/outcomes', { method: 'POST' })).text()).toBe(
      'This site is read-only: only GET and HEAD requests are accepted.\n',
    );
  });

  it('checks the method before the address', async () => {
    expect((await request('/places/%ZZ', { method: 'POST' })).status).toBe(405);
  });
});

describe('proxy: redirects', () => {
  it.each([
    ['/outcomes/', '/outcomes'],
    ['/outcomes///', '/outcomes'],
    ['/places/shenyang/?x=1', '/places/shenyang?x=1'],
    ['/en/', '/en'],
    // A path starting with two slashes stays on this site: the target is absolute.
    ['//evil.example/', '//evil.example'],
  ])('sends %s to %s without its trailing slash (308)', async (from, to) => {
    const response = await request(from);
    expect(response.status).toBe(308);
    expect(response.headers.get('Location')).toBe(`${ORIGIN}${to}`);
    expectSecurityHeaders(response);
  });

  it.each([
    ['/zh', '/'],
    ['/zh/outcomes', '/outcomes'],
    ['/zh/outcomes?q=%E6%B2%88%E9%98%B3&page=2', '/outcomes?q=%E6%B2%88%E9%98%B3&page=2'],
    ['/zh/places/shenyang', '/places/shenyang'],
  ])(
    'sends %s, the site language’s own segment, to its unprefixed address %s',
    async (from, to) => {
      const response = await request(from);
      expect(response.status).toBe(308);
      expect(response.headers.get('Location')).toBe(`${ORIGIN}${to}`);
      expectSecurityHeaders(response);
    },
  );

  it.each(['/', '/outcomes', '/en/outcomes', '/zhx/outcomes', '/places/zh'])(
    'leaves %s where it is',
    async (path) => {
      expect((await request(path)).status).toBe(200);
    },
  );
});

describe('proxy: the address passed on to the page', () => {
  it('sets the path as asked for, without the query', async () => {
    expect(REQUEST_PATH_HEADER).toBe('x-catalogue-path');
    expect(passedOn(await request('/en/outcomes?q=x'), REQUEST_PATH_HEADER)).toBe('/en/outcomes');
    expect(passedOn(await request('/'), REQUEST_PATH_HEADER)).toBe('/');
  });

  it('replaces a value the visitor sent', async () => {
    const response = await request('/outcomes', { headers: { [REQUEST_PATH_HEADER]: '/en/evil' } });
    expect(passedOn(response, REQUEST_PATH_HEADER)).toBe('/outcomes');
  });

  it('keeps the path percent-encoded, as sent', async () => {
    expect(passedOn(await request('/places/%E6%B2%88'), REQUEST_PATH_HEADER)).toBe(
      '/places/%E6%B2%88',
    );
  });
});
