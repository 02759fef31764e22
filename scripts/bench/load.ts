import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  byClass: Record<'1xx' | '2xx' | '3xx' | '4xx' | '5xx', number>;
}

/** An answer's headers as autocannon gives them: names as sent, repeated ones as arrays. */
export type AnswerHeaders = NonNullable<autocannon.Request['headers']>;

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  /** Paths cycled through by every connection, in order (the soak's mix). */
  paths?: string[];
  /** Asked for the path of every request, each time anew (the cold row's new addresses). */
  nextPath?: () => string;
  /** Sees every answer's status, headers and the path it answers. */
  onAnswer?: (status: number, headers: AnswerHeaders, path: string) => void;
}

/** One autocannon run against a loopback URL; refuses anything else. */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { url, connections, seconds } = options;
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`refusing to load ${url}: only 127.0.0.1`);
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 30,
    requests: requestsOf(options),
  });
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    byClass: {
      '1xx': result['1xx'],
      '2xx': result['2xx'],
      '3xx': result['3xx'],
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    },
  };
}

function requestsOf({ paths, nextPath, onAnswer }: LoadOptions): autocannon.Request[] | undefined {
  if (nextPath) {
    // A connection's context lives from one request to its answer: it carries the path.
    const request: autocannon.Request = {
      method: 'GET',
      // Called for every request a connection sends, so no two requests share a path.
      setupRequest: (request, context) => {
        const path = nextPath();
        (context as { path?: string }).path = path;
        return { ...request, path };
      },
    };
    if (onAnswer) {
      request.onResponse = (status, _body, context, headers) =>
        onAnswer(status, headers ?? {}, (context as { path?: string }).path ?? '');
    }
    return [request];
  }
  return paths?.map((path) => ({
    method: 'GET',
    path,
    ...(onAnswer
      ? {
          onResponse: (status: number, _body: string, _context: unknown, headers?: AnswerHeaders) =>
            onAnswer(status, headers ?? {}, path),
        }
      : {}),
  }));
}
