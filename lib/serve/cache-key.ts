import type { IncomingHttpHeaders } from 'node:http';

// The request headers that change what Next.js answers for one address (its own `Vary`).
const VARYING = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
];
// A request asking for part of an answer, or another representation of it, goes straight through.
const PASS_THROUGH = /^(range|if-range)$/;

/** Whether a request asks for something a kept whole answer cannot give (a range of it). */
export function bypassesCache(headers: IncomingHttpHeaders): boolean {
  return Object.keys(headers).some((name) => PASS_THROUGH.test(name));
}

/**
 * The key an answer is kept under: the canonical address (./canonicalAddress) and the values of
 * the request headers Next.js varies its answers on.
 */
export function cacheKey(path: string, headers: IncomingHttpHeaders): string {
  return `${canonicalAddress(path)}\u0000${varyingOf(headers)}`;
}

/**
 * The path and the query's parameters in one order (stably sorted by name, so repeated names
 * keep theirs and the page reads them the same).
 */
export function canonicalAddress(path: string): string {
  const [pathname = '/', query = ''] = path.split(/\?(.*)/s, 2);
  const pairs = query === '' ? [] : query.split('&');
  const sorted = pairs
    .map((pair, index) => ({ name: pair.split('=')[0] ?? '', pair, index }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index))
    .map(({ pair }) => pair);
  return `${pathname}?${sorted.join('&')}`;
}

// What varyingOf gives a request with none of the varying headers: most requests, read once.
const UNVARIED = VARYING.map(() => '').join('\u0000');

/** Whether the request has none of the headers Next.js varies its answers on. */
export function unvaried(headers: IncomingHttpHeaders): boolean {
  return VARYING.every((name) => headers[name] === undefined);
}

export function varyingOf(headers: IncomingHttpHeaders): string {
  if (unvaried(headers)) return UNVARIED;
  return VARYING.map((name) => headers[name] ?? '').join('\u0000');
}
