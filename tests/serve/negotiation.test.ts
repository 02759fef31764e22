import { describe, expect, it } from 'vitest';
import { bypassesCache, cacheKey } from '@/lib/serve/cache-key';
import { notModified } from '@/lib/serve/conditional';
import { acceptsGzip, varyWithEncoding } from '@/lib/serve/encoding';

const ETAG = 'W/"2jmj7l5rSw0yVb_vlWAYkK_YBwk"';

describe('notModified (If-None-Match, weak comparison)', () => {
  it.each([
    [ETAG, true],
    ['"2jmj7l5rSw0yVb_vlWAYkK_YBwk"', true],
    [`"a", ${ETAG}`, true],
    ['*', true],
    ['W/"other"', false],
    ['', false],
    [undefined, false],
  ])('If-None-Match %s → %s', (header, expected) => {
    expect(notModified(header, ETAG)).toBe(expected);
  });
});

describe('acceptsGzip', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['gzip, deflate, br', true],
    ['GZIP', true],
    ['identity', false],
    ['br', false],
    ['*', true],
    ['gzip;q=0, *', false],
    ['deflate, gzip;q=0', false],
    ['br;q=1.0, gzip;q=0.8, *;q=0.1', true],
  ])('Accept-Encoding %s → %s', (value, expected) => {
    expect(acceptsGzip(value === undefined ? {} : { 'accept-encoding': value })).toBe(expected);
  });

  it('adds Accept-Encoding to Vary once', () => {
    expect(varyWithEncoding('')).toBe('Accept-Encoding');
    expect(varyWithEncoding('rsc')).toBe('rsc, Accept-Encoding');
    expect(varyWithEncoding('RSC, accept-encoding')).toBe('RSC, accept-encoding');
  });
});

describe('cacheKey', () => {
  it('orders the parameters by name, keeping the order of repeated names', () => {
    expect(cacheKey('/outcomes?type=b&q=x&type=a', {})).toBe(
      cacheKey('/outcomes?q=x&type=b&type=a', {}),
    );
    expect(cacheKey('/outcomes?type=b&type=a', {})).not.toBe(
      cacheKey('/outcomes?type=a&type=b', {}),
    );
  });

  it('tells apart the answers Next.js varies by request header', () => {
    expect(cacheKey('/outcomes', { rsc: '1' })).not.toBe(cacheKey('/outcomes', {}));
    expect(cacheKey('/outcomes', { 'user-agent': 'x' })).toBe(cacheKey('/outcomes', {}));
  });

  it('lets a range request past the cache', () => {
    expect(bypassesCache({ range: 'bytes=0-9' })).toBe(true);
    expect(bypassesCache({ 'if-none-match': ETAG })).toBe(false);
  });
});
