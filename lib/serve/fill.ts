import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { RENDER_VERSION_HEADER } from '@/lib/catalogue/probe';
import { ANSWER_MAKE_TIMEOUT_MS } from '@/lib/constants';
import type { Answer } from './answer-cache';

/** Marks the server's own request to Next.js for an answer to keep. */
export const FILL_HEADER = 'x-catalogue-fill';

/** Describe one connection or one transfer, not the answer; never forwarded or kept. */
export const PER_MESSAGE = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
  'content-encoding',
  'host',
  'accept-encoding',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
]);

/**
 * Next.js's answer for a request, asked over loopback as a GET with the request's own headers
 * (but unencoded and unconditional), whole: the answer is finished and kept before it is sent.
 * `version`, the catalogue the server has just found current, is the one to render from.
 */
export function fill(
  origin: string,
  path: string,
  headers: IncomingHttpHeaders,
  token: string,
  version: string,
): Promise<Answer> {
  const forwarded: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !PER_MESSAGE.has(name) && !name.startsWith('if-'))
      forwarded[name] = value;
  }
  // The visitor's Host, so Next.js builds any absolute URL for the address they used.
  if (headers.host) forwarded['x-forwarded-host'] = headers.host;
  if (version !== '') forwarded[RENDER_VERSION_HEADER] = version;
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      new URL(path, origin),
      { headers: { ...forwarded, [FILL_HEADER]: token, 'accept-encoding': 'identity' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = response.rawHeaders;
          const pairs: Array<[string, string]> = [];
          for (let i = 0; i + 1 < raw.length; i += 2)
            pairs.push([raw[i] as string, raw[i + 1] as string]);
          resolve({
            status: response.statusCode ?? 0,
            headers: pairs,
            body: Buffer.concat(chunks),
          });
        });
      },
    );
    request.setTimeout(ANSWER_MAKE_TIMEOUT_MS, () =>
      request.destroy(new Error(`${path}: no answer from Next.js in ${ANSWER_MAKE_TIMEOUT_MS} ms`)),
    );
    request.on('error', reject);
    request.end();
  });
}
