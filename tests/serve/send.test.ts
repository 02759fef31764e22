import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepared } from '@/lib/serve/answer-cache';
import { STALE_HEADER } from '@/lib/serve/health';
import { send } from '@/lib/serve/send';

/**
 * A kept answer sent over real HTTP, many times: the header lines put together once must give
 * every request what its own headers ask for (gzip or not, 304, HEAD), with one Vary naming
 * Accept-Encoding, and repeated header names kept, also after the stale mark was set.
 */

const BODY = Buffer.from('<p>上海合作组织天津峰会</p>\n'.repeat(200));
const kept = prepared({
  status: 200,
  headers: [
    ['Content-Type', 'text/html; charset=utf-8'],
    ['Vary', 'RSC'],
    ['Link', '</a.css>; rel=preload'],
    ['Link', '</b.css>; rel=preload'],
  ],
  body: BODY,
});

let base = '';
const server = createServer((request, response) => {
  if (request.url === '/stale') response.setHeader(STALE_HEADER, 'since then; a reason');
  send(kept, request, response, 'hit');
});

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));

function ask(path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; raw: string[]; body: Buffer }>(
    (done, fail) => {
      const req = httpRequest(`${base}${path}`, { method, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          done({
            status: response.statusCode ?? 0,
            headers: response.headers,
            raw: response.rawHeaders,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', fail);
      req.end();
    },
  );
}

const named = (raw: string[], name: string) =>
  raw.filter((_, at) => at % 2 === 1 && raw[at - 1]?.toLowerCase() === name);

describe('send', () => {
  it('gives gzip to a client that takes it, the body itself to others, with one Vary', async () => {
    for (let round = 0; round < 2; round += 1) {
      const zipped = await ask('/', { 'accept-encoding': 'gzip, deflate' });
      expect(zipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(zipped.body).equals(BODY)).toBe(true);
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(named(zipped.raw, 'vary')).toEqual(['RSC, Accept-Encoding']);
      expect(named(zipped.raw, 'link')).toHaveLength(2);
      expect(zipped.headers['x-catalogue-cache']).toBe('hit');

      const refusals: Array<Record<string, string>> = [
        {},
        { 'accept-encoding': 'gzip;q=0' },
        { 'accept-encoding': 'br' },
      ];
      for (const refused of refusals) {
        const plain = await ask('/', refused);
        expect(plain.headers['content-encoding'], JSON.stringify(refused)).toBeUndefined();
        expect(plain.body.equals(BODY)).toBe(true);
        expect(Number(plain.headers['content-length'])).toBe(BODY.length);
        expect(named(plain.raw, 'vary')).toEqual(['RSC, Accept-Encoding']);
        expect(plain.headers.etag).toBe(zipped.headers.etag);
      }
    }
  });

  it('answers 304 without body headers to a matching If-None-Match, 200 to another', async () => {
    const first = await ask('/');
    const etag = first.headers.etag as string;
    const again = await ask('/', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-type']).toBeUndefined();
    expect(again.headers.etag).toBe(etag);
    expect((await ask('/', { 'if-none-match': 'W/"other"' })).status).toBe(200);
  });

  it('answers HEAD with the length of the body it leaves out', async () => {
    const head = await ask('/', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(BODY.length);
  });

  it('keeps repeated header names after the stale mark was set', async () => {
    const stale = await ask('/stale', { 'accept-encoding': 'gzip' });
    expect(stale.headers[STALE_HEADER.toLowerCase()]).toBe('since then; a reason');
    expect(named(stale.raw, 'link')).toEqual(['</a.css>; rel=preload', '</b.css>; rel=preload']);
    expect(gunzipSync(stale.body).equals(BODY)).toBe(true);
  });
});
