import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import next from 'next';
import { z } from 'zod';
import { QUEUED_ANSWERS_MAX, RUNNING_ANSWERS_MAX } from '@/lib/constants';
import { distDir } from '@/lib/dist-dir';
import { refusalHeaders } from '@/lib/http/refusal';
import { messages } from '@/lib/messages';
import { AdmissionGate } from './admission';
import { type FetchedAnswer, PrerenderedAnswers } from './prerendered-answers';

/**
 * The production server: Next.js's request handler behind two things `next start` lacks —
 * pre-rendered pages answered from memory (./prerendered-answers.ts) and an admission gate
 * that serves everything else in arrival order (./admission.ts).
 */

interface CatalogueServer {
  /** Where it listens, as a loopback URL when it listens on every interface. */
  url: string;
  close(): Promise<void>;
}

// Hashed build files: read from disk by Next.js, cheap, and needed by every page a browser
// opens; they never wait behind renders.
const BUILD_FILES = '/_next/static/';
// Marks the server's own request for a pre-rendered answer, which must reach Next.js.
const FILL_HEADER = 'x-catalogue-fill';

const PrerenderManifestSchema = z.object({ routes: z.record(z.string(), z.unknown()) });

export async function startCatalogueServer(options: {
  hostname?: string;
  port: number;
}): Promise<CatalogueServer> {
  const app = next({ dev: false, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const fillToken = randomBytes(16).toString('hex');
  const gate = new AdmissionGate(RUNNING_ANSWERS_MAX, QUEUED_ANSWERS_MAX);
  const answers = new PrerenderedAnswers(await prerenderedPaths(), (path) =>
    fetchAnswer(loopbackUrl(server), path, fillToken),
  );

  const toNext = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: Error) => failed(response, error));
  };
  const server = createServer((request, response) => {
    if (request.headers[FILL_HEADER] === fillToken || request.url?.startsWith(BUILD_FILES)) {
      return toNext(request, response);
    }
    answers.answer(request, response).then(
      (answered) => {
        if (answered) return;
        if (!gate.admit(response, () => toNext(request, response))) overloaded(response);
      },
      (error: Error) => failed(response, error),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port, options.hostname, resolve);
  });
  return {
    url: loopbackUrl(server),
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

/** Every path `next build` pre-rendered, as a request names it; not the build's own pages. */
async function prerenderedPaths(): Promise<string[]> {
  const file = join(process.cwd(), distDir(), 'prerender-manifest.json');
  const manifest = PrerenderManifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  return Object.keys(manifest.routes)
    .filter((route) => !route.startsWith('/_'))
    .map((route) => encodeURI(route));
}

function loopbackUrl(server: Server): string {
  const { address, family, port } = server.address() as AddressInfo;
  if (address === '::' || address === '0.0.0.0') return `http://127.0.0.1:${port}`;
  return family === 'IPv6' ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/** The answer Next.js gives this server for a path, unencoded, with its headers as sent. */
function fetchAnswer(url: string, path: string, token: string): Promise<FetchedAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      new URL(path, url),
      { headers: { [FILL_HEADER]: token, 'accept-encoding': 'identity' } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const raw = response.rawHeaders;
          const headers: Array<[string, string]> = [];
          for (let i = 0; i + 1 < raw.length; i += 2)
            headers.push([raw[i] as string, raw[i + 1] as string]);
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on('error', reject);
    request.end();
  });
}

function overloaded(response: ServerResponse): void {
  plainText(response, 503, messages.http.overloaded, { 'Retry-After': '1' });
}

/** Next.js answers its own errors; this is for a failure outside it, never shown in detail. */
function failed(response: ServerResponse, error: Error): void {
  console.error(`error: ${error.message}`);
  if (response.headersSent) response.destroy();
  else plainText(response, 500, messages.http.failed);
}

function plainText(
  response: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, refusalHeaders(headers));
  response.end(`${text}\n`);
}
