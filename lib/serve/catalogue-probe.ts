import { CATALOGUE_PROBE, type CatalogueProbe, type ProbeResult } from '@/lib/catalogue/probe';

/** The loaded catalogue's version and state, or why there is none (no database yet, a fault). */
export function catalogueProbe(): Promise<ProbeResult> {
  const probe = (globalThis as { [CATALOGUE_PROBE]?: CatalogueProbe })[CATALOGUE_PROBE];
  if (!probe) {
    return Promise.resolve({
      unavailable: 'the catalogue module has not been loaded',
      readiness: {
        ready: false,
        database: 'unknown',
        version: null,
        source: null,
        loadedAt: null,
        lastCheck: null,
        stale: false,
      },
    });
  }
  return probe();
}
