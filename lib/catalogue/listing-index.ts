import {
  type Highlight,
  highlightsOf,
  matchDocument,
  SCORE_LIMIT,
  type SearchDocument,
} from '@/lib/search/document';
import { parseQuery } from '@/lib/search/query';
import { FACET_KEYS, type FacetKey, type Filters, type SortKey } from './address';

/** One item as the index takes it, in list order: its number, search document and facet values. */
export interface IndexedItem {
  number: number;
  search: SearchDocument;
  /** Values as the URL spells them: `documents`, `documents.2`, `shenyang`, `2025`. */
  values: Record<FacetKey, readonly string[]>;
  /** Of its values, those inferred rather than stated (places the title does not name). */
  inferred: Record<FacetKey, ReadonlySet<string>>;
}

interface ListingPage {
  sort: SortKey;
  limit: number;
  offset: number;
  /** False for an export, which needs rows and total only. */
  facets: boolean;
  /** The language of the translation the reader sees, whose words rank first; none for the original's. */
  reader?: string | null;
}

/** What one listing asks: a page of items, the total, and every facet's counts. */
export interface ListingCounts {
  /** The requested page: indexes into the items the index was built from, in listing order. */
  rows: number[];
  total: number;
  /** Per facet, value → items matching every other condition and this value (zeros left out). */
  facets: Record<FacetKey, Map<string, ValueCount>>;
}

export interface ValueCount {
  count: number;
  /** Of those items, how many have the value by inference (see IndexedItem.inferred). */
  inferred: number;
}

/** One facet over all items: each item's value ids, and each value's items. */
interface Column {
  ids: Map<string, number>;
  values: string[];
  /** Item i's value ids are valueIds[start[i]] … valueIds[start[i + 1] - 1]. */
  start: Uint32Array;
  valueIds: Uint32Array;
  /** Value id → the items having it, in list order. */
  postings: Uint32Array[];
  /** Parallel to valueIds: 1 where the item has that value by inference. */
  inferred: Uint8Array;
}

// In `misses`: the item fails the text search, so no count includes it.
const EXCLUDED = 255;

/**
 * Every listing's rows, total and facet counts, computed in memory. The catalogue only changes
 * when ingest replaces it, so its facets are indexed once per load (lib/catalogue/read.ts) and a
 * listing is then a few passes over typed arrays, where the same answer in SQL scans the link
 * tables once per facet (docs/PERFORMANCE.md, the query layer's rows).
 *
 * A facet's counts apply every condition but its own: an item that fails exactly one facet's
 * condition counts for that facet alone. The text query (lib/search) applies to everything;
 * ordered by relevance, matches come best first, list order between equals.
 */
export class ListingIndex {
  readonly #documents: SearchDocument[];
  readonly #columns: Record<FacetKey, Column>;
  readonly #orders: Record<SortKey, Uint32Array>;
  /** The title order for a reader of a translation, by its language (Locale.langParam). */
  readonly #titleOrders: ReadonlyMap<string, Uint32Array>;

  /**
   * @param items in list order (by position)
   * @param titleOrder item indexes ordered by title (by pinyin, list order between equals: buildIndex)
   * @param translatedOrders the same for readers of each translation, by its titles there
   */
  constructor(
    items: readonly IndexedItem[],
    titleOrder: readonly number[],
    translatedOrders: ReadonlyMap<string, readonly number[]> = new Map(),
  ) {
    this.#titleOrders = new Map(
      [...translatedOrders].map(([reader, order]) => [reader, Uint32Array.from(order)]),
    );
    this.#documents = items.map((item) => item.search);
    this.#columns = Object.fromEntries(
      FACET_KEYS.map((facet) => [facet, toColumn(items, facet)]),
    ) as Record<FacetKey, Column>;
    const listOrder = items.map((_, index) => index);
    this.#orders = {
      section: Uint32Array.from(listOrder),
      // Relevance is computed per query; without one it is the list's order.
      relevance: Uint32Array.from(listOrder),
      // A stable sort of list order: by number, then list position between equal numbers.
      number: Uint32Array.from(
        listOrder.sort((a, b) => (items[a]?.number ?? 0) - (items[b]?.number ?? 0)),
      ),
      title: Uint32Array.from(titleOrder),
    };
  }

  get size(): number {
    return this.#documents.length;
  }

  query(filters: Filters, page: ListingPage): ListingCounts {
    const size = this.size;
    // How many facet conditions each item fails, and the last one it failed: an item failing
    // exactly one counts toward that facet's values only.
    const misses = new Uint8Array(size);
    const failed = new Uint8Array(size);
    const query = parseQuery(filters.q);
    const scores =
      page.sort === 'relevance' && query.clauses.length > 0 ? new Float64Array(size) : null;
    if (query.clauses.length > 0) {
      for (let item = 0; item < size; item += 1) {
        const match = matchDocument(this.#documents[item] as SearchDocument, query, page.reader);
        if (match === null) misses[item] = EXCLUDED;
        else if (scores) scores[item] = match.score;
      }
    }
    FACET_KEYS.forEach((facet, f) => {
      const selected = filters[facet];
      if (selected.length === 0) return;
      const column = this.#columns[facet];
      const hit = new Uint8Array(size);
      for (const value of selected) {
        const id = column.ids.get(String(value));
        if (id !== undefined) for (const item of column.postings[id] as Uint32Array) hit[item] = 1;
      }
      for (let item = 0; item < size; item += 1) {
        if (hit[item] === 0 && misses[item] !== EXCLUDED) {
          misses[item] = (misses[item] as number) + 1;
          failed[item] = f;
        }
      }
    });
    return {
      rows: this.#page(misses, page, scores),
      total: misses.reduce((total, miss) => (miss === 0 ? total + 1 : total), 0),
      facets: page.facets ? this.#facetCounts(misses, failed) : emptyFacets(),
    };
  }

  /** Where the query is found in each item's title and translations, to highlight (parsed once). */
  highlights(items: readonly number[], q: string): Highlight[] {
    const query = parseQuery(q);
    return items.map((item) => highlightsOf(this.#documents[item] as SearchDocument, query));
  }

  #page(
    misses: Uint8Array,
    { sort, offset, limit, reader }: ListingPage,
    scores: Float64Array | null,
  ): number[] {
    const rows: number[] = [];
    let skipped = 0;
    const titles = sort === 'title' && reader ? this.#titleOrders.get(reader) : undefined;
    const order = scores ? this.#byScore(misses, scores) : (titles ?? this.#orders[sort]);
    for (const item of order) {
      if (rows.length === limit) break;
      if (misses[item] !== 0) continue;
      if (skipped < offset) skipped += 1;
      else rows.push(item);
    }
    return rows;
  }

  /**
   * The matching items, best score first, list order between equals: a counting sort, since
   * every score is a whole number below SCORE_LIMIT — two passes over the items, where sorting
   * 80 000 matches took tens of milliseconds.
   */
  #byScore(misses: Uint8Array, scores: Float64Array): Uint32Array {
    const counts = new Uint32Array(SCORE_LIMIT + 1);
    for (let item = 0; item < misses.length; item += 1) {
      if (misses[item] !== 0) continue;
      const k = SCORE_LIMIT - (scores[item] as number);
      counts[k] = (counts[k] as number) + 1;
    }
    // counts[k] becomes where the items of the k-th best score start.
    let start = 0;
    for (let k = 0; k < counts.length; k += 1) {
      const count = counts[k] as number;
      counts[k] = start;
      start += count;
    }
    const order = new Uint32Array(start);
    for (let item = 0; item < misses.length; item += 1) {
      if (misses[item] !== 0) continue;
      const k = SCORE_LIMIT - (scores[item] as number);
      const at = counts[k] as number;
      order[at] = item;
      counts[k] = at + 1;
    }
    return order;
  }

  #facetCounts(misses: Uint8Array, failed: Uint8Array): Record<FacetKey, Map<string, ValueCount>> {
    const columns = FACET_KEYS.map((facet) => this.#columns[facet]);
    const counts = columns.map((column) => new Uint32Array(column.values.length));
    const inferredCounts = columns.map((column) => new Uint32Array(column.values.length));
    const add = (f: number, item: number) => {
      const { start, valueIds, inferred } = columns[f] as Column;
      const tally = counts[f] as Uint32Array;
      const inferredTally = inferredCounts[f] as Uint32Array;
      for (let at = start[item] as number; at < (start[item + 1] as number); at += 1) {
        const id = valueIds[at] as number;
        tally[id] = (tally[id] as number) + 1;
        inferredTally[id] = (inferredTally[id] as number) + (inferred[at] as number);
      }
    };
    for (let item = 0; item < misses.length; item += 1) {
      if (misses[item] === 0) for (let f = 0; f < columns.length; f += 1) add(f, item);
      else if (misses[item] === 1) add(failed[item] as number, item);
    }
    const facets = emptyFacets();
    FACET_KEYS.forEach((facet, f) => {
      const { values } = columns[f] as Column;
      const inferred = inferredCounts[f] as Uint32Array;
      (counts[f] as Uint32Array).forEach((count, id) => {
        if (count > 0) {
          facets[facet].set(values[id] as string, { count, inferred: inferred[id] as number });
        }
      });
    });
    return facets;
  }
}

function emptyFacets(): Record<FacetKey, Map<string, ValueCount>> {
  return Object.fromEntries(FACET_KEYS.map((facet) => [facet, new Map()])) as Record<
    FacetKey,
    Map<string, ValueCount>
  >;
}

function toColumn(items: readonly IndexedItem[], facet: FacetKey): Column {
  const ids = new Map<string, number>();
  const values: string[] = [];
  const start = new Uint32Array(items.length + 1);
  const flat: number[] = [];
  const inferred: number[] = [];
  items.forEach((item, index) => {
    start[index] = flat.length;
    const own = item.values[facet];
    // Only a list of several values can repeat one; most items have one value per facet.
    for (const value of own.length > 1 ? new Set(own) : own) {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      flat.push(id);
      inferred.push(item.inferred[facet].has(value) ? 1 : 0);
    }
  });
  start[items.length] = flat.length;
  const postings = values.map(() => [] as number[]);
  items.forEach((_, index) => {
    for (let at = start[index] as number; at < (start[index + 1] as number); at += 1) {
      postings[flat[at] as number]?.push(index);
    }
  });
  return {
    ids,
    values,
    start,
    valueIds: Uint32Array.from(flat),
    postings: postings.map((items) => Uint32Array.from(items)),
    inferred: Uint8Array.from(inferred),
  };
}
