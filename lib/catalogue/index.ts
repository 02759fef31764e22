export * from './address';
export { listCommitments } from './commitments';
export { type ColumnValue, countsInferred, type FacetDataField, facetOf } from './facet-table';
export { type Facets, type FacetValue, knownValues } from './facets';
export { getOutcome, type OutcomeDetail, type OutcomeLookup } from './item';
export {
  exportOutcomes,
  listOutcomes,
  type OutcomeExport,
  type OutcomeListing,
  type Relaxation,
  relaxations,
} from './list';
export type {
  Catalogue,
  CatalogueItem,
  CategoryEntry,
  FactEntry,
  ItemRef,
  PlaceEntry,
  PlaceTag,
  SectionEntry,
  SourceInfo,
  Term,
} from './model';
export { tiedPlaces } from './model';
export { getOverview, type Overview } from './overview';
export { getPlace, listPlaces, type PlaceDetail } from './places';
export { getSource, type SourceLine, type SourceView } from './source';
export { nearestValue } from './suggest';
