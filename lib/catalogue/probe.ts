/**
 * How the production server (lib/serve) asks which catalogue version answers are made from now,
 * without importing the catalogue's server-only modules into its own process: lib/catalogue/
 * loaded.ts puts a probe on globalThis under this key when Next.js loads it (instrumentation.ts
 * does so at start-up), and the server calls it.
 */
export const CATALOGUE_PROBE = Symbol.for('sco-outcomes-catalogue.probe');

/**
 * The request header in which the production server names, to the render it asks Next.js for,
 * the catalogue version its probe has just found (lib/serve/fill.ts). The render takes that
 * catalogue from memory instead of asking the database again (lib/catalogue/request.ts). Only
 * the server's own requests carry it: the server drops it from every other.
 */
export const RENDER_VERSION_HEADER = 'x-catalogue-render-version';

/**
 * What an operator or a load balancer is told about the catalogue (the readiness address):
 * times in ISO 8601, reasons in the public words of lib/catalogue/staleness.ts.
 */
export interface Readiness {
  /** A catalogue is loaded and answers are made from it (stale or not). */
  ready: boolean;
  database: 'sqlite' | 'postgresql' | 'unknown';
  version: string | null;
  /** The source text's file name, as the catalogue records it. */
  source: string | null;
  /** When this process loaded the catalogue it serves. */
  loadedAt: string | null;
  lastCheck: { at: string; ok: boolean; reason?: string } | null;
  /** Answering from a catalogue the database cannot confirm now: since when, and why. */
  stale: { since: string; reason: string } | false;
}

export type ProbeResult =
  | { version: string; stale: Readiness['stale']; readiness: Readiness }
  | { unavailable: string; readiness: Readiness };

export type CatalogueProbe = () => Promise<ProbeResult>;
