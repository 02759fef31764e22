import { createHash } from 'node:crypto';
import { documentPolicy } from '@/lib/http/security-headers';

const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

function hashesOf(html: string, pattern: RegExp): string[] {
  return [
    ...new Set(
      [...html.matchAll(pattern)].map(([, body = '']) =>
        createHash('sha256').update(body).digest('base64'),
      ),
    ),
  ];
}

/** The Content Security Policy of one finished HTML document: its own inline code, by hash. */
export function policyForDocument(html: string): string {
  return documentPolicy({
    scripts: hashesOf(html, INLINE_SCRIPT),
    styles: hashesOf(html, INLINE_STYLE),
  });
}
