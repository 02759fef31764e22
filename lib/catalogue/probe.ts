/**
 * How the production server (lib/serve) asks which catalogue version answers are made from now,
 * without importing the catalogue's server-only modules into its own process: lib/catalogue/
 * loaded.ts puts a probe on globalThis under this key when Next.js loads it (instrumentation.ts
 * does so at start-up), and the server calls it.
 */
export const CATALOGUE_PROBE = Symbol.for('sco-outcomes-catalogue.probe');

export type ProbeResult = { version: string } | { unavailable: string };

export type CatalogueProbe = () => Promise<ProbeResult>;
