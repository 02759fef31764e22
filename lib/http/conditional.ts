import 'server-only';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueVersion } from '@/lib/db/reader';
import { distDir } from '@/lib/dist-dir';
import { CACHE_CONTROL } from './cache-control';

/**
 * Conditional GET for the API's route handlers. The validator is computed before any query:
 * what the catalogue is (catalogueVersion: a stat on SQLite), which build answers (labels, URLs
 * and field names come from the code), and the normalised address asked for. A request whose
 * If-None-Match holds it gets 304 without a listing being run.
 */
export async function conditionalAnswer(
  request: Request,
  address: string,
  answer: () => Promise<Response>,
): Promise<Response> {
  const etag = await catalogueEtag(address);
  if (matches(request.headers.get('If-None-Match'), etag)) {
    return new Response(null, {
      status: 304,
      headers: { ETag: etag, 'Cache-Control': CACHE_CONTROL.api },
    });
  }
  const response = await answer();
  if (response.status === 200) {
    response.headers.set('ETag', etag);
    response.headers.set('Cache-Control', CACHE_CONTROL.api);
  } else {
    response.headers.set('Cache-Control', CACHE_CONTROL.error);
  }
  return response;
}

async function catalogueEtag(address: string): Promise<string> {
  const digest = createHash('sha256')
    .update(`${buildId()}\0${await catalogueVersion()}\0${address}`)
    .digest('base64url')
    .slice(0, 27);
  // Weak: Next.js may compress the body, and a compressed copy is not byte-for-byte the same.
  return `W/"${digest}"`;
}

/**
 * If-None-Match uses the weak comparison: W/ is ignored. `*` is not honoured: it is checked
 * before the answer is known to exist, and a full answer is always correct.
 */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === opaque);
}

let cachedBuildId: string | undefined;

function buildId(): string {
  if (cachedBuildId === undefined) {
    try {
      cachedBuildId = readFileSync(join(process.cwd(), distDir(), 'BUILD_ID'), 'utf8').trim();
    } catch {
      cachedBuildId = 'development';
    }
  }
  return cachedBuildId;
}
