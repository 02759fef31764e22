import { headers } from 'next/headers';
import { type Locale, localeOfPath } from './locale';

/**
 * The header proxy.ts sets on every request to the address as the visitor asked for it (before
 * the rewrite that puts the site's own language under its segment). A not-found page gets no
 * route parameters, so it reads its language from here. The proxy always replaces it: a visitor
 * cannot send one of their own.
 */
export const REQUEST_PATH_HEADER = 'x-catalogue-path';

/** The language the prefix of the address asked for says. */
export async function requestedLocale(): Promise<Locale> {
  return localeOfPath((await headers()).get(REQUEST_PATH_HEADER) ?? '/');
}
