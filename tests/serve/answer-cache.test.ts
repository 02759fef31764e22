import { createHash, randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  AnswerCache,
  headerValue,
  type KeptAnswer,
  mayKeep,
  prepared,
} from '@/lib/serve/answer-cache';

/** What each kept answer costs besides its bodies (headers, bookkeeping), as the cache counts. */
const OVERHEAD = 512;

const answer = (fields: Partial<Answer> = {}): Answer => ({
  status: 200,
  headers: [['Content-Type', 'text/html; charset=utf-8']],
  body: Buffer.from('<p>ok</p>'),
  ...fields,
});

/** A kept answer of exactly `bytes` (an image: never gzipped), its body telling it apart. */
function sized(bytes: number, tag = 'x'): KeptAnswer {
  const body = Buffer.alloc(bytes - OVERHEAD, tag);
  return prepared(answer({ headers: [['Content-Type', 'image/png']], body }));
}

describe('headerValue', () => {
  it('reads a header whatever its case, repeated ones joined', () => {
    const headers: Array<[string, string]> = [
      ['Vary', 'Accept-Encoding'],
      ['vary', 'Cookie'],
      ['Content-Type', 'text/csv'],
    ];
    expect(headerValue(headers, 'vary')).toBe('Accept-Encoding, Cookie');
    expect(headerValue(headers, 'content-type')).toBe('text/csv');
    expect(headerValue(headers, 'set-cookie')).toBe('');
  });
});

describe('prepared', () => {
  const text = Buffer.from('上海合作组织成员国交通部长第十二次会议\n'.repeat(40));
  const etag = (body: Buffer) => prepared(answer({ body })).etag;

  it('tags a body by its SHA-1, weakly, the same body always alike', () => {
    const body = Buffer.from('沈阳倡议');
    const digest = createHash('sha1').update(body).digest('base64url');
    expect(etag(body)).toBe(`W/"${digest}"`);
    expect(etag(Buffer.from('沈阳倡议'))).toBe(etag(body));
    expect(etag(Buffer.from('青岛倡议'))).not.toBe(etag(body));
    // The body alone: the same whether or not its answer is also kept gzipped.
    const png = prepared(answer({ headers: [['Content-Type', 'image/png']], body: text }));
    expect(png.gzip).toBeUndefined();
    expect(png.etag).toBe(etag(text));
  });

  it('gzips a compressible body once, when that makes it smaller', () => {
    const kept = prepared(answer({ body: text }));
    expect(kept.gzip).toBeDefined();
    expect(kept.gzip?.length).toBeLessThan(text.length);
    expect(gunzipSync(kept.gzip as Buffer).equals(text)).toBe(true);
    expect(kept.bytes).toBe(text.length + (kept.gzip?.length ?? 0) + OVERHEAD);
  });

  it.each([
    'text/csv; charset=utf-8',
    'application/json',
    'application/atom+xml',
    'application/x-research-info-systems',
    'application/x-bibtex',
    'application/vnd.citationstyles.csl+json',
    'image/svg+xml',
  ])('counts %s as compressible', (type) => {
    expect(prepared(answer({ headers: [['content-type', type]], body: text })).gzip).toBeDefined();
  });

  it('leaves uncompressed a small body, a binary type, and a body gzip would not shrink', () => {
    expect(prepared(answer({ body: Buffer.from('x'.repeat(511)) })).gzip).toBeUndefined();
    expect(prepared(answer({ body: Buffer.from('x'.repeat(512)) })).gzip).toBeDefined();
    const png = answer({ headers: [['Content-Type', 'image/png']], body: text });
    expect(prepared(png).gzip).toBeUndefined();
    expect(prepared(answer({ headers: [], body: text })).gzip).toBeUndefined();
    // Random bytes do not compress: gzip only adds its header.
    const noise = prepared(answer({ body: randomBytes(4096) }));
    expect(noise.gzip).toBeUndefined();
    expect(noise.bytes).toBe(4096 + OVERHEAD);
  });
});

describe('mayKeep', () => {
  it('keeps a plain 200, public or not said', () => {
    expect(mayKeep(answer())).toBe(true);
    expect(mayKeep(answer({ headers: [['Cache-Control', 'public, max-age=60']] }))).toBe(true);
    // no-cache allows storing, with revalidation.
    expect(mayKeep(answer({ headers: [['Cache-Control', 'no-cache']] }))).toBe(true);
  });

  it.each([
    ['a 404', answer({ status: 404 })],
    ['a 500', answer({ status: 500 })],
    ['a 304', answer({ status: 304 })],
    ['a private answer', answer({ headers: [['Cache-Control', 'private, max-age=60']] })],
    ['a PRIVATE answer', answer({ headers: [['cache-control', 'PRIVATE']] })],
    ['a no-store answer', answer({ headers: [['Cache-Control', 'no-store']] })],
    ['an answer setting a cookie', answer({ headers: [['Set-Cookie', 'a=1']] })],
  ])('refuses %s', (_, refused) => {
    expect(mayKeep(refused)).toBe(false);
  });
});

describe('AnswerCache', () => {
  it('gives back an answer by version and key, and nothing for another of either', () => {
    const cache = new AnswerCache(1024 * 1024);
    const kept = sized(1000);
    expect(cache.get('v1', '/outcomes')).toBeUndefined();
    cache.set('v1', '/outcomes', kept);
    expect(cache.get('v1', '/outcomes')).toBe(kept);
    expect(cache.get('v1', '/places')).toBeUndefined();
    expect(cache.get('v2', '/outcomes')).toBeUndefined();
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(1000);
  });

  it('drops everything when an answer of a new version comes', () => {
    const cache = new AnswerCache(1024 * 1024);
    cache.set('v1', '/a', sized(1000));
    cache.set('v1', '/b', sized(1000));
    const fresh = sized(2000);
    cache.set('v2', '/c', fresh);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(2000);
    expect(cache.get('v1', '/a')).toBeUndefined();
    expect(cache.get('v2', '/a')).toBeUndefined();
    expect(cache.get('v2', '/c')).toBe(fresh);
  });

  it('evicts the least recently used once the byte budget is spent', () => {
    const cache = new AnswerCache(8 * 1024);
    for (const key of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
      cache.set('v', key, sized(1024, key));
    expect(cache.size).toBe(8);
    expect(cache.bytes).toBe(8 * 1024);
    // Reading a makes it the most recent: b is now the oldest.
    cache.get('v', 'a');
    cache.set('v', 'i', sized(1024, 'i'));
    expect(cache.get('v', 'b')).toBeUndefined();
    expect(cache.get('v', 'a')).toBeDefined();
    expect(cache.size).toBe(8);
    expect(cache.bytes).toBe(8 * 1024);
  });

  it('evicts as many of the oldest as a larger answer needs', () => {
    const cache = new AnswerCache(8 * 1024);
    const sizes: Array<[string, number]> = [
      ['a', 600],
      ['b', 600],
      ...['c', 'd', 'e', 'f', 'g', 'h'].map((key): [string, number] => [key, 1024]),
      ['i', 800],
    ];
    for (const [key, bytes] of sizes) cache.set('v', key, sized(bytes, key));
    expect(cache.bytes).toBe(8144);
    // 8144 + 1024 is over 8192 by 976: a (600) is not enough, b goes too.
    cache.set('v', 'j', sized(1024, 'j'));
    expect(cache.get('v', 'a')).toBeUndefined();
    expect(cache.get('v', 'b')).toBeUndefined();
    for (const key of ['c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
      expect(cache.get('v', key)).toBeDefined();
    expect(cache.bytes).toBe(8144 + 1024 - 1200);
  });

  it('counts an answer set twice under one key once', () => {
    const cache = new AnswerCache(1024 * 1024);
    cache.set('v', '/a', sized(1000));
    const second = sized(3000);
    cache.set('v', '/a', second);
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(3000);
    expect(cache.get('v', '/a')).toBe(second);
  });

  it('keeps no answer over an eighth of the budget', () => {
    const cache = new AnswerCache(8 * 1024);
    cache.set('v', '/eighth', sized(1024));
    cache.set('v', '/export', sized(1025));
    expect(cache.get('v', '/eighth')).toBeDefined();
    expect(cache.get('v', '/export')).toBeUndefined();
    expect(cache.bytes).toBe(1024);
  });

  it('is emptied by clear', () => {
    const cache = new AnswerCache(1024 * 1024);
    cache.set('v', '/a', sized(1000));
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.bytes).toBe(0);
    expect(cache.get('v', '/a')).toBeUndefined();
  });

  it('behaves as a plain least-recently-used list within its budget (property)', () => {
    const BUDGET = 16 * 1024;
    const step = fc.oneof(
      fc.record({
        op: fc.constant('set' as const),
        version: fc.constantFrom('v1', 'v2'),
        key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        bytes: fc.integer({ min: OVERHEAD + 1, max: BUDGET / 4 }),
      }),
      fc.record({
        op: fc.constant('get' as const),
        version: fc.constantFrom('v1', 'v2'),
        key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const cache = new AnswerCache(BUDGET);
        // The model: keys oldest first, with sizes, and the version they belong to.
        let model: Array<{ key: string; bytes: number }> = [];
        let version: string | undefined;
        for (const one of steps) {
          if (one.op === 'get') {
            const found = cache.get(one.version, one.key);
            const entry =
              one.version === version ? model.find((e) => e.key === one.key) : undefined;
            expect(found?.bytes).toBe(entry?.bytes);
            if (entry) model = [...model.filter((e) => e !== entry), entry];
            continue;
          }
          cache.set(one.version, one.key, sized(one.bytes));
          if (one.version !== version) model = [];
          version = one.version;
          if (one.bytes > BUDGET / 8) continue;
          model = [...model.filter((e) => e.key !== one.key), { key: one.key, bytes: one.bytes }];
          while (model.reduce((sum, e) => sum + e.bytes, 0) > BUDGET) model = model.slice(1);
        }
        expect(cache.size).toBe(model.length);
        expect(cache.bytes).toBe(model.reduce((sum, e) => sum + e.bytes, 0));
        expect(cache.bytes).toBeLessThanOrEqual(BUDGET);
      }),
    );
  });
});
