import type { Locale } from '@/lib/i18n/locale';
import type { SectionKey } from '@/lib/parser/types';
import { outcomePath } from '@/lib/paths';

/**
 * The public origin, for absolute URLs (canonical links, Open Graph, the API's `url`, feeds,
 * citations). Read per answer, never baked into the build: SITE_URL when set, else where this
 * server listens (http://localhost:PORT), so links are right on whatever port it was started.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || `http://localhost:${process.env.PORT || 3000}`);
}

/** An absolute URL on this site. */
export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl()).href;
}

/**
 * An item's page as an absolute URL: in the given language, or at the site's own address (the
 * item's identity in the API, the data package and JSON-LD `@id`).
 */
export function outcomeUrl(
  item: { section: SectionKey; number: number },
  locale?: Pick<Locale, 'path'>,
): string {
  const path = outcomePath(item.section, item.number);
  return absoluteUrl(locale ? locale.path(path) : path);
}
