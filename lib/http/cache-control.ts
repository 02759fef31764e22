/**
 * Every Cache-Control the site sends, chosen per kind of answer and applied where that answer
 * is made: proxy.ts (pre-rendered pages, missing-item pages, its own refusals) and the API's
 * route handlers. docs/SECURITY.md and README.md explain each choice.
 */
export const CACHE_CONTROL = {
  /**
   * Pages `next build` pre-rendered from the database (/, /places…, /outcomes/{section}/{number},
   * /source). They change only with a new build, which a deploy may bring at any time, so caches
   * keep them briefly and then revalidate with the ETag Next.js sends (304 when unchanged) —
   * not Next.js's default `s-maxage=31536000`, which lets a shared cache serve an old build for a
   * year.
   */
  prerendered: 'public, max-age=300, must-revalidate',
  /**
   * /outcomes is rendered per request with a fresh script nonce in its policy; a stored copy
   * would replay that nonce, and a 304 would pair the stored body with a new one. Never stored:
   * Next.js's own header for a page rendered per request.
   */
  listing: 'private, no-cache, no-store, max-age=0, must-revalidate',
  /**
   * JSON and CSV answers: briefly fresh, then revalidated with their ETag (the database's
   * identity, the build and the normalised query), which costs no listing query.
   */
  api: 'public, max-age=60, must-revalidate',
  /** Refusals and not-found answers: never stored, so a fixed list or a new build shows at once. */
  error: 'no-store',
} as const;
