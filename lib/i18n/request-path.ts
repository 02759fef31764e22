import { headers } from 'next/headers';
import { type Locale, localeOfPath } from './locale';

/**
 * The header proxy.ts sets on every request to the address as the visitor asked for it (before
 * the rewrite that puts the site's own language under its segment). A not-found page gets no
 * route parameters, so it reads its language, and the item it was asked for, from here. The
 * proxy always replaces it: a visitor cannot send one of their own.
 */
export const REQUEST_PATH_HEADER = 'x-catalogue-path';

/** The address asked for, and the language its prefix says. */
export async function requestedPath(): Promise<{ locale: Locale; path: string }> {
  const path = (await headers()).get(REQUEST_PATH_HEADER) ?? '/';
  const locale = localeOfPath(path);
  return { locale, path: locale.prefix === '' ? path : path.slice(locale.prefix.length) || '/' };
}
