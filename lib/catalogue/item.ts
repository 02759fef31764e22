import { RELATED_PER_KIND } from '@/lib/constants';
import { SECTION_KEYS, type SectionKey } from '@/lib/parser/types';
import { wholeNumber } from './address';
import {
  type Catalogue,
  type CatalogueItem,
  type CategoryEntry,
  type ItemRef,
  tiedPlaces,
} from './model';

export interface OutcomeDetail {
  item: CatalogueItem;
  /** The lines of the source the item was read from. */
  lines: readonly string[];
  previous: ItemRef | null;
  next: ItemRef | null;
  related: {
    /** For a meeting: the documents and initiatives it produced. */
    produced: ItemRef[];
    /** For a document or initiative: the meeting that produced it. */
    producedBy: ItemRef[];
    /** Other items tied to the same city or region (or country, when the item has nothing smaller). */
    samePlace: ItemRef[];
    /** Neighbours in the same category, in list order. */
    sameCategory: ItemRef[];
  };
}

export type OutcomeLookup =
  | { status: 'found'; outcome: OutcomeDetail }
  /** The number lies inside a category's range, but this copy of the list lacks its text. */
  | { status: 'missing'; section: SectionKey; number: number; category: CategoryEntry }
  | null;

const ITEM_NUMBER = wholeNumber(1, 99_999);

/** One outcome with everything its page shows; a known-but-missing answer; or null. */
export function getOutcome(catalogue: Catalogue, section: string, number: string): OutcomeLookup {
  const parsed = ITEM_NUMBER.safeParse(number);
  if (!(SECTION_KEYS as readonly string[]).includes(section) || !parsed.success) return null;
  const key = `${section}-${parsed.data}`;
  const item = catalogue.itemByKey.get(key);
  if (item) return { status: 'found', outcome: detailOf(catalogue, item) };
  const category = catalogue.categories.find(
    (entry) =>
      entry.section === section &&
      entry.missing.some((run) => run.first <= parsed.data && parsed.data <= run.last),
  );
  return category
    ? { status: 'missing', section: section as SectionKey, number: parsed.data, category }
    : null;
}

function refOf(item: ItemRef): ItemRef {
  return {
    key: item.key,
    section: item.section,
    number: item.number,
    title: item.title,
    translations: item.translations,
  };
}

function detailOf(catalogue: Catalogue, item: CatalogueItem): OutcomeDetail {
  const at = (index: number) => catalogue.items[index];
  const previous = at(item.index - 1);
  const next = at(item.index + 1);
  const produced = item.produced.flatMap((index) => at(index) ?? []);
  const producedBy = item.producedBy.flatMap((index) => at(index) ?? []);
  // Each item is listed once, under the first heading it belongs to: the page reads from the
  // closest relation (a link between the two) to the loosest (a neighbour in the list).
  const shown = new Set([item.index, ...item.produced, ...item.producedBy]);
  const sharing = samePlace(catalogue, item, shown);
  for (const other of sharing) shown.add(other.index);
  const neighbours: CatalogueItem[] = [];
  for (
    let distance = 1;
    neighbours.length < RELATED_PER_KIND && distance <= RELATED_PER_KIND * 2;
    distance += 1
  ) {
    for (const index of [item.index - distance, item.index + distance]) {
      const other = at(index);
      if (
        other?.category === item.category &&
        !shown.has(other.index) &&
        neighbours.length < RELATED_PER_KIND
      )
        neighbours.push(other);
    }
  }
  return {
    item,
    lines: catalogue.lines.slice(item.firstLine - 1, item.lastLine),
    previous: previous ? refOf(previous) : null,
    next: next ? refOf(next) : null,
    related: {
      produced: produced.map(refOf),
      producedBy: producedBy.map(refOf),
      samePlace: sharing.map(refOf),
      sameCategory: neighbours.sort((a, b) => a.index - b.index).map(refOf),
    },
  };
}

const tiedByPlace = new WeakMap<Catalogue, Map<string, number[]>>();

/**
 * Items tied to the same place — named, or reached by abbreviation, fact or link, but not merely
 * inside it. Cities and regions say more than a country (most titles touching 中国 would
 * match), so a country is used only when the item has nothing smaller.
 */
function samePlace(
  catalogue: Catalogue,
  item: CatalogueItem,
  shown: ReadonlySet<number>,
): CatalogueItem[] {
  let byPlace = tiedByPlace.get(catalogue);
  if (!byPlace) {
    byPlace = new Map();
    for (const other of catalogue.items) {
      for (const tag of other.places) {
        if (tag.via === 'parent') continue;
        const list = byPlace.get(tag.place.slug);
        if (list) list.push(other.index);
        else byPlace.set(tag.place.slug, [other.index]);
      }
    }
    tiedByPlace.set(catalogue, byPlace);
  }
  const tied = tiedPlaces(item).map((tag) => tag.place);
  const smaller = tied.filter((place) => place.kind === 'city' || place.kind === 'region');
  // Each list ascends (items are walked in order), so its first RELATED_PER_KIND + shown.size
  // (the shown may be among them) hold every index the answer can take: no 25 000-item set
  // for 中国.
  const indexes = new Set(
    (smaller.length > 0 ? smaller : tied).flatMap((place) =>
      (byPlace.get(place.slug) ?? []).slice(0, RELATED_PER_KIND + shown.size),
    ),
  );
  for (const index of shown) indexes.delete(index);
  return [...indexes]
    .sort((a, b) => a - b)
    .slice(0, RELATED_PER_KIND)
    .flatMap((index) => catalogue.items[index] ?? []);
}
