import { CATALOGUE_PROBE, type CatalogueProbe, type ProbeResult } from '@/lib/catalogue/probe';

/** The loaded catalogue's version, or why there is none (no database yet, an empty one). */
export function catalogueProbe(): Promise<ProbeResult> {
  const probe = (globalThis as { [CATALOGUE_PROBE]?: CatalogueProbe })[CATALOGUE_PROBE];
  if (!probe) return Promise.resolve({ unavailable: 'the catalogue module has not been loaded' });
  return probe();
}
