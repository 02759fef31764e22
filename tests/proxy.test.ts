import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { URL_LENGTH_MAX } from '@/lib/constants';
import { SECURITY_HEADERS } from '@/lib/http/security-headers';
import { proxy } from '@/proxy';

const ORIGIN = 'http://localhost:3000';

function expectRefusal(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toBe('text/plain; charset=utf-8');
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    expect(response.headers.get(name), name).toBe(value);
  }
}

describe('proxy', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405', async (method) => {
    const response = await proxy(new NextRequest(`${ORIGIN}/`, { method }));
    expectRefusal(response, 405);
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });

  it.each(['/places/%ZZ', '/outcomes/%E4%B8/1', '/api/outcomes/meetings/%', '/%C0%AE'])(
    'refuses %s, whose path is not percent-encoded UTF-8, with 400',
    async (path) => {
      expectRefusal(await proxy(new NextRequest(`${ORIGIN}${path}`)), 400);
    },
  );

  it('leaves a bad encoding in the query to the page, which reads it as text', async () => {
    const response = await proxy(new NextRequest(`${ORIGIN}/robots.txt?q=%ZZ`));
    expect(response.status).toBe(200);
  });

  it('serves an address of URL_LENGTH_MAX characters and refuses a longer one with 414', async () => {
    const query = (length: number) =>
      `/robots.txt?q=${'a'.repeat(length - '/robots.txt?q='.length)}`;
    expect((await proxy(new NextRequest(`${ORIGIN}${query(URL_LENGTH_MAX)}`))).status).toBe(200);
    expectRefusal(await proxy(new NextRequest(`${ORIGIN}${query(URL_LENGTH_MAX + 1)}`)), 414);
  });
});
