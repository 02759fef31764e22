import { inject } from 'vitest';

/** A request to the test server without a browser, for status codes and headers. */
export function request(path: string, init?: RequestInit): Promise<Response> {
  return fetch(new URL(path, inject('baseURL')), { redirect: 'manual', ...init });
}

/** The first stylesheet or script the home page links to under /_next/static. */
export async function staticAssetPath(): Promise<string> {
  const html = await (await request('/')).text();
  const path = html.match(/\/_next\/static\/[^"']+\.(?:css|js)/)?.[0];
  if (!path) throw new Error('the home page links no asset under /_next/static');
  return path;
}
