import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { NOT_FOUND_PATTERN } from '@/lib/http/status-mark';
import { type Answer, headerValue, type KeptAnswer } from './answer-cache';
import { policyForDocument } from './document-policy';
import { PER_MESSAGE } from './fill';

// The version a page was made from, as its footer says it (HTML, or the React payload's JSON).
const VERSION_MARK = /data-catalogue-version\\?"?\s*[:=]\s*\\?"([0-9a-f]{6,64})/;

/**
 * The headers only this server can set, once the whole answer is known: an HTML document's
 * script policy, the version it was made from, and Cache-Control; and the status of a page
 * that says it is a 404 (lib/http/status-mark.ts). The validator is the kept answer's
 * (./answer-cache.ts), so Next.js's own ETag is dropped with the per-message headers.
 */
export function finish(made: Answer): Answer {
  const headers = made.headers.filter(
    ([name]) => !PER_MESSAGE.has(name.toLowerCase()) && name.toLowerCase() !== 'etag',
  );
  const set = (name: string, value: string) => {
    const at = headers.findIndex(([key]) => key.toLowerCase() === name.toLowerCase());
    if (at === -1) headers.push([name, value]);
    else headers[at] = [name, value];
  };
  const type = headerValue(headers, 'content-type');
  let { status } = made;
  if (type.startsWith('text/html') || type.startsWith('text/x-component')) {
    const text = made.body.toString('utf8');
    if (status === 200 && NOT_FOUND_PATTERN.test(text)) status = 404;
    const version = VERSION_MARK.exec(text)?.[1];
    if (version && headerValue(headers, 'catalogue-version') === '')
      set('Catalogue-Version', version);
    if (type.startsWith('text/html')) set('Content-Security-Policy', policyForDocument(text));
  }
  set('Cache-Control', status === 200 ? CACHE_CONTROL.catalogue : CACHE_CONTROL.error);
  return { ...made, status, headers };
}

/**
 * Whether an answer may be kept under `version`: made from that very catalogue, when it says
 * (a page's footer, an API answer's header), else made while that version was current.
 */
export function madeFrom(answer: KeptAnswer, version: string): boolean {
  const stated = headerValue(answer.headers, 'catalogue-version');
  return stated === '' || stated === version;
}
