import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { expectSecurityHeaders } from './support/security-headers';

/**
 * The server replays Next.js's answers for pre-rendered paths from memory (lib/serve). These
 * check that a replayed answer is the one Next.js gives: an empty query (`path?`) is never
 * replayed, so it shows what Next.js itself sends for the same page.
 */

interface RawAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: Buffer;
}

/** A GET or HEAD over node:http: headers exactly as sent, body bytes as sent (no decoding). */
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

// Per message or per transfer: Next.js may stream where the replay sends a length.
const PER_MESSAGE = new Set([
  'date',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);
const describing = (answer: RawAnswer) =>
  answer.headers.filter(([name]) => !PER_MESSAGE.has(name)).sort();

const asFetchResponse = (answer: RawAnswer) =>
  new Response(null, { status: answer.status, headers: answer.headers });

const PRERENDERED = ['/', '/outcomes/documents/88', '/places/shenyang', '/source', '/robots.txt'];

describe('pre-rendered answers replayed from memory', () => {
  it.each(PRERENDERED)('%s: the same status, headers and bytes as Next.js sends', async (path) => {
    const replayed = await raw(path);
    const fromNext = await raw(`${path}?`);
    expect(replayed.status).toBe(200);
    expect(fromNext.status).toBe(200);
    expect(describing(replayed)).toEqual(describing(fromNext));
    expect(replayed.body.equals(fromNext.body)).toBe(true);
    expect(Number(header(replayed, 'content-length'))).toBe(replayed.body.length);
  });

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
    expect(header(again, 'cache-control')).toBe(header(first, 'cache-control'));
    expect(header(again, 'content-type')).toBeUndefined();
    expectSecurityHeaders(asFetchResponse(again));
    const stale = await raw('/outcomes/documents/88', { 'If-None-Match': '"not-this-one"' });
    expect(stale.status).toBe(200);
  });

  it('leaves to Next.js what it answers differently: a React Server Component request', async () => {
    const html = await raw('/outcomes/documents/88');
    const rsc = await raw('/outcomes/documents/88', { RSC: '1' });
    // Next.js redirects a bare RSC request to an address with its cache-busting _rsc query,
    // which it then answers with the component payload; either way, never the HTML.
    expect(rsc.status === 307 || header(rsc, 'content-type')?.startsWith('text/x-component')).toBe(
      true,
    );
    expect(rsc.body.equals(html.body)).toBe(false);
  });
});
