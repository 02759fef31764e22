/**
 * The public origin, for absolute URLs in metadata (Open Graph, canonical links). Read at build
 * time, since pre-rendered pages bake it in; scripts/build-stamp.ts rebuilds when it changes.
 */
export const SITE_URL = new URL(process.env.SITE_URL || 'http://localhost:3000');
