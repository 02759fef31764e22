/**
 * Every Cache-Control the site sends, chosen per kind of answer. The production server
 * (lib/serve) sets them on what Next.js answers; proxy.ts and the route handlers on what they
 * answer themselves. docs/SECURITY.md and README.md explain each choice.
 */
export const CACHE_CONTROL = {
  /**
   * Everything made from the catalogue — pages, their React payloads, JSON, CSV, feeds,
   * citations, images. Any cache may keep it, but must ask again each time (with the ETag, a
   * 304 when unchanged): after an ingest, every answer everywhere is the new catalogue's.
   */
  catalogue: 'public, no-cache',
  /** Refusals and not-found answers: never stored, so a fixed list or a new build shows at once. */
  error: 'no-store',
  /** Liveness and readiness (lib/serve/health.ts): each poll must see the process as it is now. */
  health: 'no-store',
} as const;
