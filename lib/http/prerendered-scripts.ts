import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { distDir } from '@/lib/dist-dir';

/**
 * Hashes of the inline scripts in the HTML that `next build` pre-rendered, for the Content
 * Security Policy of the page served at a path. Read from the build output on first use and
 * again whenever the file changes (a revalidated page is rewritten in place).
 */

const PAGES_DIR = join(process.cwd(), distDir(), 'server', 'app');
// Served in place of any page that 404s or fails, so their scripts must always be allowed.
const FALLBACK_PAGES = ['/_not-found', '/_global-error'];
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

const cache = new Map<string, { mtimeMs: number; hashes: string[] }>();

export interface PrerenderedScripts {
  /** Whether the build pre-rendered a page for this very path (not a fallback in its place). */
  prerendered: boolean;
  hashes: string[];
}

export async function prerenderedScriptHashes(pathname: string): Promise<PrerenderedScripts> {
  const [own, ...fallbacks] = await Promise.all(
    [pathname, ...FALLBACK_PAGES].map((page) => hashesOf(htmlFile(page))),
  );
  return {
    // `/index` and `/_not-found` name build files, not pages served at those paths.
    prerendered: own !== undefined && pathname !== '/index' && !pathname.startsWith('/_'),
    hashes: [...new Set([own ?? [], ...fallbacks.map((hashes) => hashes ?? [])].flat())],
  };
}

function htmlFile(pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const route = decoded === '/' ? '/index' : decoded.replace(/\/+$/, '');
  const file = normalize(join(PAGES_DIR, `${route}.html`));
  return file.startsWith(PAGES_DIR + sep) ? file : undefined;
}

/** The hashes of a pre-rendered page's inline scripts; undefined when there is no such page. */
async function hashesOf(file: string | undefined): Promise<string[] | undefined> {
  if (!file) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const cached = cache.get(file);
  if (cached?.mtimeMs === info.mtimeMs) return cached.hashes;
  const html = await readFile(file, 'utf8');
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body = '']) =>
    createHash('sha256').update(body).digest('base64'),
  );
  cache.set(file, { mtimeMs: info.mtimeMs, hashes });
  return hashes;
}
