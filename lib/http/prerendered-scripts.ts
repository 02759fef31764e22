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

export async function prerenderedScriptHashes(pathname: string): Promise<string[]> {
  const pages = [pathname, ...FALLBACK_PAGES];
  const hashes = await Promise.all(pages.map((page) => hashesOf(htmlFile(page))));
  return [...new Set(hashes.flat())];
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

async function hashesOf(file: string | undefined): Promise<string[]> {
  if (!file) return [];
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return [];
  const cached = cache.get(file);
  if (cached?.mtimeMs === info.mtimeMs) return cached.hashes;
  const html = await readFile(file, 'utf8');
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, body = '']) =>
    createHash('sha256').update(body).digest('base64'),
  );
  cache.set(file, { mtimeMs: info.mtimeMs, hashes });
  return hashes;
}
