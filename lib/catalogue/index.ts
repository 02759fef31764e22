export type { Facets, FacetValue } from './facets';
export {
  EMPTY_FILTERS,
  FACET_KEYS,
  type FacetKey,
  type FilterNotice,
  type Filters,
  FiltersSchema,
  parseFiltersLenient,
  parseFiltersStrict,
  type RawParams,
  SORT_KEYS,
  type SortKey,
  type StrictFiltersResult,
} from './filters';
export {
  type CategoryRef,
  getOutcome,
  type OutcomeDetail,
  type OutcomeLookup,
  type OutcomeRef,
} from './item';
export { allOutcomeKeys, missingOutcomeKeys, type OutcomeAddress } from './keys';
export { exportOutcomes, listOutcomes, type OutcomeExport, type OutcomeListing } from './list';
export {
  type CategoryOverview,
  getOverview,
  type Overview,
  type SectionOverview,
  type SourceInfo,
} from './overview';
export { getPlace, listPlaces, type PlaceDetail, type PlaceSummary } from './places';
export { getSource, type SourceLine, type SourceView } from './source';
export type { Label, OutcomeSummary, PlaceLabel } from './summary';
