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
