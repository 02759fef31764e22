import { findPlaces } from './gazetteer';
import { outcomeType } from './outcome-type';
import { topicsOf } from './topics';
import type { EnrichInput, Enrichment } from './types';
import { yearsIn } from './years';

export { PLACES } from './gazetteer';
export { OUTCOME_TYPES } from './outcome-type';
export { TOPICS } from './topics';

/** Everything the catalogue derives from one item's section and title. Pure and deterministic. */
export function enrichItem({ section, title }: EnrichInput): Enrichment {
  return {
    places: findPlaces(title),
    type: outcomeType(section, title),
    topics: topicsOf(title),
    years: yearsIn(title),
  };
}
