import { writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { FILTER_VALUES_MAX, QUERY_MAX_LENGTH, URL_LENGTH_MAX } from '@/lib/constants';
import { OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { SECTION_KEYS } from '@/lib/parser/types';
import {
  assertSound,
  clip,
  type Exchange,
  isParserRefusal,
  PROPERTY_TIMEOUT_MS,
  propertyParameters,
  send,
  sendRawRequestLine,
  tally,
} from './support/hostile-answers';
import {
  encode,
  hostilePath,
  hostileQuery,
  invalidApiParam,
  markedPath,
  markedQuery,
  ROUTES,
} from './support/hostile-arbitraries';

/**
 * Property-based hostile input against the production server: whatever arrives in the address
 * or the method, the answer has an expected status (never 5xx), the security headers, no stack
 * trace or server path, no unescaped echo of the input in HTML, and it comes within 5 s.
 * RUNS (HOSTILE_RUNS) cases per property; requests go one at a time.
 */

const API_LISTS = ['/api/outcomes', '/api/outcomes.csv'];

afterAll(async () => {
  console.log(
    `hostile input: ${tally.cases} generated cases in ${tally.properties} properties, ${tally.requests} requests in all`,
  );
  if (process.env.HOSTILE_REPORT)
    await writeFile(process.env.HOSTILE_REPORT, JSON.stringify(tally));
});
const WRITE_METHODS = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'PURGE', 'QUERY'];

/** The API's 400: `{ error, issues: [{ param, value, reason, message }] }`. */
function apiRefusal(exchange: Exchange): { error: string; issues: Array<Record<string, unknown>> } {
  expect(exchange.headers.get('content-type')).toMatch(/^application\/json/);
  const body = JSON.parse(exchange.body) as {
    error: unknown;
    issues: Array<Record<string, unknown>>;
  };
  expect(typeof body.error).toBe('string');
  expect(body.issues.length).toBeGreaterThan(0);
  for (const issue of body.issues) {
    expect(typeof issue.param).toBe('string');
    expect(typeof issue.reason).toBe('string');
    expect(typeof issue.message).toBe('string');
  }
  return body as { error: string; issues: Array<Record<string, unknown>> };
}

/** Every facet at FILTER_VALUES_MAX valid values, each its own parameter; the longest query. */
function heaviestValidQuery(): string {
  const params = new URLSearchParams({ q: '长'.repeat(QUERY_MAX_LENGTH), sort: 'title' });
  const facets: Record<string, string[]> = {
    section: [...SECTION_KEYS],
    category: SECTION_KEYS.flatMap((section) =>
      Array.from({ length: 99 }, (_, i) => `${section}.${99 - i}`),
    ),
    place: PLACES.map((place) => place.slug),
    type: OUTCOME_TYPES.map((type) => type.key),
    topic: TOPICS.map((topic) => topic.key),
    year: Array.from({ length: 101 }, (_, i) => String(2000 + i)),
  };
  for (const [facet, values] of Object.entries(facets)) {
    for (const value of values.slice(0, FILTER_VALUES_MAX)) params.append(facet, value);
  }
  params.set('pageSize', '100');
  return params.toString();
}

describe('hostile queries', () => {
  it(
    'every route answers any query soundly',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROUTES),
          hostileQuery,
          fc.boolean(),
          async (route, query, raw) => {
            const exchange = await send(`${route}${query}`, { raw });
            assertSound(exchange);
            if (
              API_LISTS.includes(route) &&
              exchange.status === 400 &&
              !isParserRefusal(exchange)
            ) {
              apiRefusal(exchange);
            }
          },
        ),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'the list API refuses every invalid or unknown parameter with 400 naming it',
    async () => {
      const validPair = fc.constantFrom(
        'section=meetings',
        'place=shenyang',
        'year=2025',
        'q=论坛',
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...API_LISTS),
          fc.array(validPair, { maxLength: 2 }),
          invalidApiParam,
          async (route, valid, { param, pair }) => {
            const query = [...valid.map((one) => encodeURI(one)), pair].join('&');
            const exchange = await send(`${route}?${query}`);
            assertSound(exchange);
            expect(exchange.status, clip(exchange.target)).toBe(400);
            const { issues } = apiRefusal(exchange);
            expect(issues.map((issue) => issue.param)).toContain(param);
          },
        ),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('hostile paths', () => {
  it(
    'every path, with any segment where a section, number or slug goes, answers soundly',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostilePath, hostileQuery, fc.boolean(), async (path, query, raw) => {
          const exchange = await send(`${path}${query}`, { raw });
          assertSound(exchange);
          const json = exchange.headers.get('content-type')?.startsWith('application/json');
          if (json && exchange.status >= 400) {
            const { error } = JSON.parse(exchange.body) as { error?: unknown };
            expect(typeof error, 'a JSON refusal says what is wrong').toBe('string');
          }
        }),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it.each([
    '/outcomes/%E4%B8/1',
    '/outcomes/meetings/%ZZ',
    '/places/%',
    '/api/outcomes/%C0%AE%C0%AE/1',
    '/api/outcomes/meetings/%ED%A0%80',
  ])('a path that cannot be percent-decoded (%s) is refused with 400, not 500', async (path) => {
    const exchange = await send(path);
    assertSound(exchange);
    expect(exchange.status).toBe(400);
  });

  it.each([
    '/api/outcomes/meetings/24.0',
    '/api/outcomes/meetings/2.4e1',
    '/api/outcomes/meetings/0x18',
    '/api/outcomes/meetings/024',
    '/api/outcomes/meetings/1e309',
    '/api/outcomes/meetings/99999999999999999999',
    '/api/outcomes/meetings/-0',
  ])('an item lives at one address only: %s is 404', async (path) => {
    const exchange = await send(path);
    assertSound(exchange);
    expect(exchange.status).toBe(404);
  });
});

describe('input shown back in a page', () => {
  it(
    'is always escaped',
    async () => {
      const target = fc.oneof(
        fc.tuple(fc.constantFrom(...ROUTES), markedQuery).map(([route, query]) => route + query),
        markedPath,
      );
      await fc.assert(
        fc.asyncProperty(target, fc.boolean(), async (path, raw) => {
          assertSound(await send(path, { raw }));
        }),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('is really shown, so the property above is not vacuous', async () => {
    const exchange = await send(`/outcomes?q=${encode('<x7q>"x7q\'')}&x${encode('<x7q>')}=1`);
    assertSound(exchange);
    expect(exchange.status).toBe(200);
    expect(exchange.body).toContain('&lt;x7q&gt;&quot;x7q&#x27;');
    expect(exchange.body).toContain('x&lt;x7q&gt;');
  });
});

describe('methods', () => {
  it(
    'anything but GET and HEAD is 405, wherever it is sent',
    async () => {
      const target = fc.oneof(fc.constantFrom(...ROUTES), hostilePath);
      const body = fc.option(
        fc.constantFrom('x=1', '{"$ACTION_ID_0":"x"}', '[]', '<x7q>', 'a'.repeat(10_240)),
        { nil: undefined },
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...WRITE_METHODS),
          target,
          body,
          async (method, path, body) => {
            const exchange = await send(path, { method, raw: true, body });
            assertSound(exchange);
            // Past 16 KiB, Node.js refuses the request line before the proxy sees the method.
            if (isParserRefusal(exchange)) return;
            expect(exchange.status, `${method} ${clip(path)}`).toBe(405);
            expect(exchange.headers.get('allow')).toBe('GET, HEAD');
          },
        ),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it('a method Node.js does not know is refused by its parser with 400', async () => {
    const exchange = await send('/', { method: 'X7Q-JUNK', raw: true });
    expect(exchange.status).toBe(400);
    expect(isParserRefusal(exchange)).toBe(true);
  });

  it(
    'HEAD answers like GET, without a body',
    async () => {
      const target = fc.oneof(
        fc.tuple(fc.constantFrom(...ROUTES), hostileQuery).map(([route, query]) => route + query),
        hostilePath,
      );
      await fc.assert(
        fc.asyncProperty(target, async (path) => {
          const head = await send(path, { method: 'HEAD', raw: true });
          const get = await send(path, { raw: true });
          assertSound(head);
          assertSound(get);
          // Past 16 KiB Node.js refuses both before any of our code runs.
          if (isParserRefusal(head) || isParserRefusal(get)) {
            expect(isParserRefusal(head) && isParserRefusal(get), clip(path)).toBe(true);
            return;
          }
          expect(head.status, clip(path)).toBe(get.status);
          expect(head.headers.get('content-type'), clip(path)).toBe(
            get.headers.get('content-type'),
          );
        }),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('long addresses', () => {
  const long = (length: number, prefix: string) => prefix + 'a'.repeat(length - prefix.length);

  it.each(['/outcomes?q=', '/api/outcomes?q=', '/places/', '/'])(
    'up to URL_LENGTH_MAX are served, beyond it 414, beyond 16 KiB Node.js says 431 (%s)',
    async (prefix) => {
      const served = await send(long(URL_LENGTH_MAX, prefix));
      assertSound(served);
      expect([200, 400, 404]).toContain(served.status);
      const tooLong = await send(long(URL_LENGTH_MAX + 1, prefix));
      assertSound(tooLong);
      expect(tooLong.status).toBe(414);
      for (const length of [20 * 1024, 100 * 1024]) {
        const huge = await send(long(length, prefix));
        assertSound(huge);
        expect(huge.status, `${length} characters`).toBe(431);
        expect(isParserRefusal(huge)).toBe(true);
      }
    },
  );

  it.each(['/outcomes', '/api/outcomes', '/api/outcomes.csv'])(
    'the heaviest valid address, every filter at its cap, is answered in time (%s)',
    async (route) => {
      const exchange = await send(`${route}?${heaviestValidQuery()}`);
      assertSound(exchange);
      expect(exchange.status).toBe(200);
    },
  );

  it(
    'any length gets an answer, and none past the cap is served',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...ROUTES),
          fc.integer({ min: 0, max: 24 * 1024 }),
          fc.constantFrom('a', '%E4%B8%AD', '%', '<x7q>', ',', '&a='),
          async (route, length, unit) => {
            const path = `${route}?q=${unit.repeat(Math.ceil(length / unit.length))}`;
            const exchange = await send(path, { raw: true });
            assertSound(exchange);
            if (path.length > URL_LENGTH_MAX) {
              expect([414, 431], clip(path)).toContain(exchange.status);
            }
          },
        ),
        propertyParameters(),
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('malformed request lines', () => {
  it.each([
    'GET /a\x00b HTTP/1.1',
    'GET /outcomes?q=\x1b HTTP/1.1',
    'GET /a b HTTP/1.1',
    'GET /places/\xe4\xb8\xad HTTP/1.1',
    'GET /outcomes HTTP/9.9',
    'GET ../../etc/passwd HTTP/1.1',
    'TRACK / HTTP/1.1',
    'get / HTTP/1.1',
    'GET',
  ])('%j is refused by Node.js with 400', async (line) => {
    expect((await sendRawRequestLine(line)).status).toBe(400);
  });

  it('CONNECT is not served: Node.js closes the connection without an answer', async () => {
    expect((await sendRawRequestLine('CONNECT 127.0.0.1:1 HTTP/1.1')).status).toBe(0);
  });

  // Next.js 16 fumbles these (a bare 500, a redirect to the other host); the production
  // server answers them before Next.js sees them (lib/serve/server.ts).
  it('TRACE is 405, with Allow and the security headers', async () => {
    const { status, head } = await sendRawRequestLine('TRACE / HTTP/1.1');
    expect(status).toBe(405);
    expect(head).toMatch(/^allow: GET, HEAD$/im);
    expect(head).toMatch(/^x-content-type-options: nosniff$/im);
  });

  it('a refusal speaks the language of the address it refuses', async () => {
    const cases = [
      ['DELETE', '/outcomes', 405, '本目录只读，仅接受GET和HEAD请求。'],
      [
        'DELETE',
        '/en/outcomes?q=x',
        405,
        'This site is read-only: only GET and HEAD requests are accepted.',
      ],
      [
        'GET',
        `/en/outcomes?q=${'a'.repeat(URL_LENGTH_MAX)}`,
        414,
        'The address is too long to process.',
      ],
      ['GET', `/outcomes?q=${'a'.repeat(URL_LENGTH_MAX)}`, 414, '网址过长，无法处理。'],
      // `/english` is not under the `/en` prefix.
      ['DELETE', '/english', 405, '本目录只读，仅接受GET和HEAD请求。'],
    ] as const;
    for (const [method, target, status, text] of cases) {
      const answer = await send(target, { method });
      expect(answer.status, `${method} ${clip(target)}`).toBe(status);
      expect(answer.body, `${method} ${clip(target)}`).toBe(`${text}\n`);
    }
  });

  it('an asterisk target (`OPTIONS *`) is 400', async () => {
    expect((await sendRawRequestLine('OPTIONS * HTTP/1.1')).status).toBe(400);
  });

  it('an absolute-form target is answered as that path on this site, never redirected off it', async () => {
    const { status, head } = await sendRawRequestLine(
      'GET http://evil.example/robots.txt HTTP/1.1',
    );
    expect(status).toBe(200);
    expect(head).not.toMatch(/^location:/im);
    const other = await sendRawRequestLine('GET http://evil.example/ HTTP/1.1');
    expect(other.head).not.toMatch(/^location: http:\/\/evil\.example/im);
    expect((await sendRawRequestLine('GET ftp://evil.example/ HTTP/1.1')).status).toBe(400);
  });

  it('a path with `//` or `\\` is redirected to the cleaned path here, with the security headers', async () => {
    for (const target of ['//evil.example/a', '/outcomes//documents/88', '/a\\b']) {
      const { status, head } = await sendRawRequestLine(`GET ${target} HTTP/1.1`);
      expect(status, target).toBe(308);
      expect(head, target).toMatch(/^location: \/[^/]/im);
      expect(head, target).toMatch(/^x-frame-options: DENY$/im);
    }
  });
});
