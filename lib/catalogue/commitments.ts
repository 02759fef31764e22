import { COMMITMENT_KINDS, COMMITMENT_UNITS, type Commitment } from '@/lib/enrich/numbers';
import type { Catalogue, CatalogueItem } from './model';

/** One commitment and the item whose title makes it. */
export interface CommitmentEntry<Item> {
  item: Item;
  commitment: Commitment;
}

/** A sum over commitments of one unit, and the items it adds up. */
export interface CommitmentTotal<Item> {
  /** Null when none of them states a quantity (翻一番, 二期 are relations, not amounts). */
  total: number | null;
  /** The items whose quantities the total adds, each once, in list order. */
  items: Item[];
  entries: CommitmentEntry<Item>[];
}

export interface UnitCommitments<Item> extends CommitmentTotal<Item> {
  unit: string;
  kinds: Array<CommitmentTotal<Item> & { kind: string }>;
}

/**
 * The commitments of a list of items by unit, then by kind, in the vocabulary's orders, each
 * with its total. Quantities are added only within one unit — never yuan to kilowatts or
 * patients — and a relation (a doubling, a second phase) is listed but added to nothing.
 */
export function commitmentsByUnit<Item extends { commitments: readonly Commitment[] }>(
  items: readonly Item[],
  order: { units: readonly string[]; kinds: readonly string[] },
): UnitCommitments<Item>[] {
  const entries = items.flatMap((item) =>
    item.commitments.map((commitment) => ({ item, commitment })),
  );
  const rank = (list: readonly string[], key: string) => {
    const at = list.indexOf(key);
    return at === -1 ? list.length : at;
  };
  const units = [...new Set(entries.map((entry) => entry.commitment.unit))].sort(
    (a, b) => rank(order.units, a) - rank(order.units, b) || a.localeCompare(b),
  );
  return units.map((unit) => {
    const ofUnit = entries.filter((entry) => entry.commitment.unit === unit);
    const kinds = [...new Set(ofUnit.map((entry) => entry.commitment.kind))].sort(
      (a, b) => rank(order.kinds, a) - rank(order.kinds, b) || a.localeCompare(b),
    );
    return {
      unit,
      ...totalOf(ofUnit),
      kinds: kinds.map((kind) => ({
        kind,
        ...totalOf(ofUnit.filter((entry) => entry.commitment.kind === kind)),
      })),
    };
  });
}

function totalOf<Item>(entries: CommitmentEntry<Item>[]): CommitmentTotal<Item> {
  let total: number | null = null;
  const items: Item[] = [];
  for (const { item, commitment } of entries) {
    if (commitment.quantity === null) continue;
    total = (total ?? 0) + commitment.quantity;
    if (!items.includes(item)) items.push(item);
  }
  return { total, items, entries };
}

const ORDER = {
  units: COMMITMENT_UNITS.map((unit) => unit.key),
  kinds: COMMITMENT_KINDS.map((kind) => kind.key),
};

/** The loaded catalogue's commitments by unit and kind, in the vocabulary's order (data/numbers.json). */
export function listCommitments(catalogue: Catalogue): UnitCommitments<CatalogueItem>[] {
  return commitmentsByUnit(catalogue.items, ORDER);
}
