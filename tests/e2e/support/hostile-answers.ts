import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type fc from 'fast-check';
import { inject } from 'vitest';
import { ANSWER_WITHIN_MS } from './answer-bound';
import { MARKER, QUOTED_MARKER } from './hostile-arbitraries';

/**
 * Sending hostile requests to the test server and judging its answers, for
 * tests/e2e/hostile-input.test.ts.
 */

/** Cases per property; HOSTILE_RUNS=5000 turns the suite into a soak test. */
export const RUNS = Number(process.env.HOSTILE_RUNS) || 60;

export const ALLOWED_STATUSES: ReadonlySet<number> = new Set([
  200, 204, 301, 302, 303, 307, 308, 400, 404, 405, 414, 431,
]);

export interface Exchange {
  method: string;
  /** Path and query exactly as sent (or as fetch sent them, after its URL normalisation). */
  target: string;
  status: number;
  headers: Headers;
  body: string;
  ms: number;
  /** The server cut the connection while node:http was still sending an over-long head. */
  reset?: boolean;
}

/**
 * Properties passed, their cases, and requests sent, in this test file: printed at its end, and
 * written to HOSTILE_REPORT for `npm run bench`, which runs thousands of cases.
 */
export const tally = { properties: 0, cases: 0, requests: 0 };

/** Node's limit on a request's line and headers together (--max-http-header-size). */
const NODE_HEADER_LIMIT = 16 * 1024;

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/**
 * One request. By default through fetch, which normalises the URL as a browser would (dot
 * segments resolved, `<` and `"` encoded); `raw` sends the target byte for byte through
 * node:http instead, and is the only way to send TRACE or an unresolved `..`.
 */
export async function send(
  target: string,
  { method = 'GET', raw = false, body }: { method?: string; raw?: boolean; body?: string } = {},
): Promise<Exchange> {
  tally.requests += 1;
  const started = performance.now();
  const done = (status: number, headers: Headers, body: string, sent = target): Exchange => ({
    method,
    target: sent,
    status,
    headers,
    body,
    ms: performance.now() - started,
  });
  if (!raw) {
    const url = new URL(target, inject('baseURL'));
    const response = await fetch(url, {
      method,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    }).catch((error: unknown) => {
      throw new Error(`${method} ${clip(target)}: no answer (${describe(error)})`);
    });
    const text = await response.text();
    return done(response.status, response.headers, text, url.pathname + url.search);
  }
  const { hostname, port } = new URL(inject('baseURL'));
  return new Promise((resolve, reject) => {
    // node:http frames no body for DELETE or OPTIONS by itself; unframed, it would be parsed
    // as a second, garbage request.
    const headers = body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) };
    const req = httpRequest({ agent, hostname, port, method, path: target, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of [value ?? []].flat()) headers.append(name, one);
        }
        resolve(done(res.statusCode ?? 0, headers, Buffer.concat(chunks).toString('utf8')));
      });
    });
    req.setTimeout(ANSWER_WITHIN_MS, () =>
      req.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)),
    );
    req.on('error', (error: NodeJS.ErrnoException) => {
      // Node answers 431 and closes at once; the client may still be writing, and see a reset.
      const cut = error.code === 'ECONNRESET' || error.code === 'EPIPE';
      if (cut && Buffer.byteLength(target) > NODE_HEADER_LIMIT - 1_024) {
        resolve({ ...done(0, new Headers(), ''), reset: true });
      } else reject(new Error(`${method} ${clip(target)}: ${describe(error)}`));
    });
    req.end(body);
  });
}

/** A request line and headers written straight to a socket; the answer's status line and head. */
export function sendRawRequestLine(line: string): Promise<{ status: number; head: string }> {
  const { hostname, port } = new URL(inject('baseURL'));
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.setTimeout(ANSWER_WITHIN_MS, () => socket.destroy(new Error('no answer in time')));
    socket.on('connect', () =>
      socket.write(`${line}\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`, 'latin1'),
    );
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('error', reject);
    socket.on('close', () => {
      const head = received.split('\r\n\r\n')[0] ?? '';
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head });
    });
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return [error.name, error.message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
}

/**
 * Node's HTTP parser refuses a malformed request line with a bare 400, and a request line plus
 * headers over 16 KiB with a bare 431, before Next.js or the proxy ever see it: no Date header,
 * no body, nothing any code of ours could add headers to.
 */
export function isParserRefusal(exchange: Exchange): boolean {
  if (exchange.reset) return true;
  return (
    (exchange.status === 400 || exchange.status === 431) &&
    !exchange.headers.has('date') &&
    exchange.body === ''
  );
}

/** Text that only a leaked error or a server path would put in a body. */
const LEAKS: ReadonlyArray<[string, RegExp]> = [
  ['a stack frame', /\bat [^\n]*\([^\n]*:\d+:\d+\)/],
  ['an error naming a file', /\b\w*Error: [^\n]*\/[^\n]*\.(?:[cm]?js|tsx?)\b/],
  ['node_modules', /node_modules/],
  ['webpack', /webpack/i],
  ['a TypeError', /\bTypeError\b/],
  ['a ReferenceError', /\bReferenceError\b/],
  ['the server directory', new RegExp(escapeRegExp(process.cwd()))],
  ['the build directory', /\.next(?:-e2e)?\/server\//],
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Everything wrong with one answer, as readable lines; empty when it is sound. */
export function problemsWith(exchange: Exchange): string[] {
  const problems: string[] = [];
  const { status, headers, body } = exchange;
  if (!ALLOWED_STATUSES.has(status) && !exchange.reset) problems.push(`status ${status}`);
  if (exchange.ms > ANSWER_WITHIN_MS) problems.push(`answered in ${Math.round(exchange.ms)} ms`);
  if (!isParserRefusal(exchange)) {
    problems.push(...securityHeaderProblems(headers));
  }
  for (const [what, pattern] of LEAKS) {
    const match = pattern.exec(body);
    if (match) problems.push(`body shows ${what}: ${JSON.stringify(match[0].slice(0, 120))}`);
  }
  if ((headers.get('content-type') ?? '').startsWith('text/html')) {
    if (body.includes(MARKER.slice(0, -1))) problems.push(`HTML echoes ${MARKER} unescaped`);
    // Inside the inline RSC payload the quote is JSON-escaped (\"), which is harmless.
    if (new RegExp(`(?<!\\\\)${QUOTED_MARKER}`).test(body)) {
      problems.push(`HTML echoes ${QUOTED_MARKER} unescaped`);
    }
  }
  if (status >= 300 && status < 400) {
    const location = headers.get('location');
    const base = new URL(inject('baseURL'));
    if (!location) problems.push('a redirect without Location');
    else if (new URL(location, base).origin !== base.origin) {
      problems.push(`redirects off the site, to ${location}`);
    }
  }
  if (exchange.method === 'HEAD' && body !== '') problems.push('HEAD answered with a body');
  return problems;
}

function securityHeaderProblems(headers: Headers): string[] {
  const problems: string[] = [];
  const policy = headers.get('content-security-policy') ?? '';
  if (!/(?:^|;\s*)default-src /.test(policy)) problems.push('no Content-Security-Policy');
  if (!policy.includes("frame-ancestors 'none'") && headers.get('x-frame-options') !== 'DENY') {
    problems.push('framing allowed (no frame-ancestors, no X-Frame-Options)');
  }
  if (headers.get('x-content-type-options') !== 'nosniff') problems.push('no nosniff');
  if (!headers.get('referrer-policy')) problems.push('no Referrer-Policy');
  return problems;
}

/** Throws with every problem and the request that caused it, for fast-check to shrink. */
export function assertSound(exchange: Exchange): void {
  const problems = problemsWith(exchange);
  if (problems.length === 0) return;
  throw new Error(
    `${exchange.method} ${clip(exchange.target)} → ${exchange.status}:\n  ${problems.join('\n  ')}`,
  );
}

/** Long enough to recognise an input, short enough that a 100 KB address does not flood the log. */
export function clip(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length} characters)`;
}

/**
 * fast-check's parameters for every property: RUNS cases, HOSTILE_SEED and HOSTILE_PATH to
 * replay a failure, and a report whose inputs are clipped (fast-check's own prints them whole).
 */
export function propertyParameters<T>(): fc.Parameters<T> {
  const seed = Number(process.env.HOSTILE_SEED);
  return {
    numRuns: RUNS,
    ...(Number.isInteger(seed) ? { seed, path: process.env.HOSTILE_PATH } : {}),
    asyncReporter: async (run) => {
      if (!run.failed) {
        tally.properties += 1;
        tally.cases += run.numRuns;
        return;
      }
      const error = run.errorInstance instanceof Error ? run.errorInstance.message : '';
      throw new Error(
        [
          `failed after ${run.numRuns} cases, ${run.numShrinks} shrinks;`,
          `replay with HOSTILE_SEED=${run.seed} HOSTILE_PATH=${run.counterexamplePath ?? ''}`,
          `input: ${clip(JSON.stringify(run.counterexample) ?? 'none', 600)}`,
          clip(error, 2_000),
        ].join('\n'),
      );
    },
  };
}

/** Enough for the properties' cases, and for their shrinking should one fail. */
export const PROPERTY_TIMEOUT_MS = 60_000 + RUNS * 1_000;
