import 'server-only';
import type { CatalogueClient } from '@/lib/db/client';
import { PlaceTree } from '@/lib/enrich/place-tree';
import type { ParseIssue } from '@/lib/parser/types';
import { buildIndex, facetTerms } from './facets';
import type { Catalogue } from './model';
import { CatalogueEmptyError, readTables } from './read-tables';
import {
  toCategories,
  toFactEntry,
  toPlaces,
  toSectionEntry,
  toSourceInfo,
  toTopics,
  toTypes,
  versionOf,
} from './to-entries';
import { toItems } from './to-items';

/**
 * The whole catalogue the database holds (./model.ts): its tables read (./read-tables.ts), each
 * converted (./to-entries.ts, ./to-items.ts), then indexed for listings (./facets.ts).
 */
export async function readCatalogue(db: CatalogueClient): Promise<Catalogue> {
  const tables = await readTables(db);
  const { source } = tables;
  if (!source) throw new CatalogueEmptyError('the database holds no catalogue');
  const categories = toCategories(tables);
  const places = toPlaces(tables);
  const placeBySlug = new Map(places.map((place) => [place.slug, place]));
  const facts = new Map(tables.facts.map((row) => [row.id, toFactEntry(row)]));
  const types = toTypes(tables);
  const topics = toTopics(tables);
  const items = toItems(tables, { categories, placeBySlug, facts, types, topics });
  const catalogue = {
    version: versionOf(source),
    source: toSourceInfo(source, places),
    lines: source.text.split(/\r\n|\r|\n/),
    sections: tables.sections.map((row) => toSectionEntry(row, categories)),
    categories,
    places,
    types,
    topics,
    facts,
    items,
    issues: tables.issues.map(({ detail }) => JSON.parse(detail) as ParseIssue),
    translationSets: tables.translationSets,
    itemByKey: new Map(items.map((item) => [item.key, item])),
    placeBySlug,
  };
  return {
    ...catalogue,
    index: buildIndex(catalogue),
    facetTerms: facetTerms(catalogue),
    placeTree: new PlaceTree(places),
  };
}
