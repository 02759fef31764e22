import type { Commitment, Ordinal } from '@/lib/enrich/numbers';
import {
  PERIOD_KINDS,
  type PeriodKind,
  RELATIONS,
  type Relation,
} from '@/lib/enrich/numbers/types';

/** A commitment row as read (lib/db/number-rows.ts wrote it). */
export interface CommitmentRow {
  quantity: number | null;
  unit: string;
  kind: string;
  relation: string | null;
  relationValue: number | null;
  periodKind: string | null;
  periodValue: number | null;
  periodStart: number | null;
  periodWords: string | null;
  start: number;
  words: string;
}

const isRelation = (key: string | null): key is Relation =>
  (RELATIONS as readonly (string | null)[]).includes(key);
const isPeriodKind = (key: string | null): key is PeriodKind =>
  (PERIOD_KINDS as readonly (string | null)[]).includes(key);

export function toCommitment(row: CommitmentRow): Commitment {
  const { relation, relationValue, periodKind, periodValue, periodStart, periodWords } = row;
  return {
    quantity: row.quantity,
    unit: row.unit,
    kind: row.kind,
    relation:
      isRelation(relation) && relationValue !== null
        ? { key: relation, value: relationValue }
        : null,
    period:
      isPeriodKind(periodKind) &&
      periodValue !== null &&
      periodStart !== null &&
      periodWords !== null
        ? { kind: periodKind, value: periodValue, start: periodStart, words: periodWords }
        : null,
    start: row.start,
    words: row.words,
  };
}

export function toOrdinal(row: Ordinal): Ordinal {
  return {
    value: row.value,
    kind: row.kind,
    series: row.series,
    start: row.start,
    words: row.words,
  };
}
