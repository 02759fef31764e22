import { createHash, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { expectSecurityHeaders } from './support/security-headers';

/**
 * The production server (lib/serve): answers made once per catalogue version and address and
 * then sent from memory, exactly as they were made; each document's own script policy; the
 * validators and encodings it adds.
 */

interface RawAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** A request over node:http: headers exactly as sent, body bytes as sent (no decoding). */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<RawAnswer>((resolve, reject) => {
    const sent = httpRequest(new URL(path, inject('baseURL')), { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const pairs: Array<[string, string]> = [];
        const list = response.rawHeaders;
        for (let i = 0; i + 1 < list.length; i += 2) {
          pairs.push([(list[i] as string).toLowerCase(), list[i + 1] as string]);
        }
        resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks) });
      });
    });
    sent.on('error', reject);
    sent.end();
  });
}

const header = (answer: RawAnswer, name: string) =>
  answer.headers.find(([key]) => key === name)?.[1];

// Per message, and whether this copy came from memory: everything else must be the same.
const PER_MESSAGE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'x-catalogue-cache',
]);
const describing = (answer: RawAnswer) =>
  answer.headers.filter(([name]) => !PER_MESSAGE.has(name)).sort();

const asFetchResponse = (answer: RawAnswer) =>
  new Response(null, { status: answer.status, headers: answer.headers });

/** An address never asked for before in this run, so its first answer is made afresh. */
const fresh = (path: string) =>
  `${path}${path.includes('?') ? '&' : '?'}q=${randomBytes(4).toString('hex')}`;

describe('answers kept in memory', () => {
  it.each([
    '/',
    '/outcomes/documents/88',
    '/en/outcomes/documents/88',
    '/places/shenyang',
    '/source',
    '/robots.txt',
    '/sitemap.xml',
    '/api/outcomes/meetings/24',
  ])('%s: the kept answer is the one made: status, headers and bytes', async (path) => {
    // A query the page ignores or an API refuses would change the answer; these are the
    // address itself, asked twice: the second comes from memory.
    const made = await raw(path);
    const kept = await raw(path);
    expect(made.status).toBe(200);
    expect(header(kept, 'x-catalogue-cache')).toBe('hit');
    expect(describing(kept)).toEqual(describing(made));
    expect(kept.body.equals(made.body)).toBe(true);
    expect(Number(header(kept, 'content-length'))).toBe(kept.body.length);
  });

  it('a view asked for the first time is made, then kept: the same bytes both times', async () => {
    const path = fresh('/outcomes?place=shenyang');
    const made = await raw(path);
    const kept = await raw(path);
    expect(header(made, 'x-catalogue-cache')).toBe('miss');
    expect(header(kept, 'x-catalogue-cache')).toBe('hit');
    expect(kept.body.equals(made.body)).toBe(true);
    expect(describing(kept)).toEqual(describing(made));
  });

  it('one view, one kept answer, however its parameters are ordered', async () => {
    const token = randomBytes(4).toString('hex');
    const first = await raw(`/outcomes?section=documents&place=liaoning&q=${token}`);
    const reordered = await raw(`/outcomes?q=${token}&place=liaoning&section=documents`);
    expect(header(first, 'x-catalogue-cache')).toBe('miss');
    expect(header(reordered, 'x-catalogue-cache')).toBe('hit');
  });

  it('keeps a React Server Component answer apart from the document', async () => {
    const html = await raw('/outcomes/documents/88');
    const rsc = await raw('/outcomes/documents/88', { RSC: '1' });
    // Next.js answers a bare RSC request with the component payload or a redirect to its
    // cache-busting address; either way never the HTML.
    expect(rsc.status === 307 || header(rsc, 'content-type')?.startsWith('text/x-component')).toBe(
      true,
    );
    expect(rsc.body.equals(html.body)).toBe(false);
  });

  it('says which catalogue version made each answer, the same as the page footer', async () => {
    const page = await raw('/outcomes/documents/88');
    const version = header(page, 'catalogue-version') ?? '';
    expect(version).toMatch(/^[0-9a-f]{12}$/);
    expect(page.body.toString()).toContain(`data-catalogue-version="${version}"`);
    for (const path of [
      '/api/outcomes',
      '/sitemap.xml',
      '/datapackage.json',
      '/api/outcomes.csv',
    ]) {
      expect(header(await raw(path), 'catalogue-version'), path).toBe(version);
    }
  });
});

describe('each document’s own script policy', () => {
  it.each(['/', '/outcomes?place=qingdao', '/en/places/qingdao'])(
    '%s: script-src allows exactly the sha256 of its inline scripts, no nonce',
    async (path) => {
      const answer = await raw(path);
      const html = answer.body.toString('utf8');
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
        ([, body = '']) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`,
      );
      expect(inline.length).toBeGreaterThan(0);
      const policy = header(answer, 'content-security-policy') ?? '';
      const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src ')) ?? '';
      const allowed = scriptSrc.split(' ').slice(1);
      expect(new Set(allowed)).toEqual(new Set(["'self'", ...inline]));
      expectSecurityHeaders(asFetchResponse(answer));
    },
  );
});

describe('validators and encodings', () => {
  it('gzips for a client that accepts it, and only then', async () => {
    const plain = await raw('/outcomes/documents/88');
    const zipped = await raw('/outcomes/documents/88', { 'Accept-Encoding': 'br, gzip;q=0.8' });
    expect(header(zipped, 'content-encoding')).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(header(zipped, 'vary')).toMatch(/Accept-Encoding/);
    expect(header(zipped, 'etag')).toBe(header(plain, 'etag'));
    const refused = await raw('/outcomes/documents/88', { 'Accept-Encoding': 'gzip;q=0, *' });
    expect(header(refused, 'content-encoding')).toBeUndefined();
    expect(refused.body.equals(plain.body)).toBe(true);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await raw('/places/shenyang');
    const head = await raw('/places/shenyang', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(describing(head)).toEqual(describing(get));
    expect(header(head, 'content-length')).toBe(String(get.body.length));
  });

  it('answers a matching If-None-Match with 304, its validators and security headers', async () => {
    const first = await raw('/outcomes/documents/88');
    const etag = header(first, 'etag') ?? '';
    expect(etag).not.toBe('');
    const again = await raw('/outcomes/documents/88', { 'If-None-Match': `W/"other", ${etag}` });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(header(again, 'etag')).toBe(etag);
    expect(header(again, 'cache-control')).toBe('public, no-cache');
    expect(header(again, 'content-type')).toBeUndefined();
    expectSecurityHeaders(asFetchResponse(again));
    const stale = await raw('/outcomes/documents/88', { 'If-None-Match': '"not-this-one"' });
    expect(stale.status).toBe(200);
  });
});

describe('404 pages', () => {
  // Pages show their own not-found notice with a status mark; this server sends them as 404.
  it.each([
    ['/outcomes/documents/999', 'zh-Hans', '找不到这个页面'],
    ['/en/outcomes/documents/999', 'en', 'This page could not be found'],
    ['/places/nowhere', 'zh-Hans', '找不到这个页面'],
    ['/en/no/such/page', 'en', 'This page could not be found'],
  ])('%s is a 404 whose HTML holds the whole page, in its language', async (path, lang, words) => {
    const answer = await raw(path);
    expect(answer.status).toBe(404);
    expect(header(answer, 'cache-control')).toBe('no-store');
    const html = answer.body.toString('utf8');
    expect(html).toContain(`<html lang="${lang}">`);
    // Without JavaScript: the notice is in the markup, not only in the React payload.
    const markup = html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(markup).toContain(words);
    expect(markup).toMatch(/<h1[^>]*>/);
  });

  it('a number this copy lacks is a 404 that says what the item would be', async () => {
    const answer = await raw('/outcomes/documents/1');
    expect(answer.status).toBe(404);
    const markup = answer.body.toString('utf8').replace(/<script[\s\S]*?<\/script>/g, '');
    expect(markup).toContain('成果文件第1项');
  });

  it('a search for the status mark itself is an ordinary page', async () => {
    const answer = await raw(`/outcomes?q=${encodeURIComponent('data-catalogue-status="404"')}`);
    expect(answer.status).toBe(200);
  });
});

describe('an address near the cap', () => {
  it('is measured encoded: raw `<` past the cap once encoded gets 414 here, not a bare 431', async () => {
    // 1 805 × `<x7q>` is 9 025 characters as sent, 16 245 percent-encoded: past URL_LENGTH_MAX
    // (8 192), and, forwarded encoded, past Node's 16 KiB header limit.
    const answer = await raw(`/?q=${'<x7q>'.repeat(1805)}`);
    expect(answer.status).toBe(414);
    expectSecurityHeaders(asFetchResponse(answer));
  });
});
