import type { Enrichment } from '@/lib/enrich/types';
import type { Prisma } from './generated/sqlite/client';

/** An item's commitments as rows, in title order. */
export function toItemCommitmentRows(
  itemId: number,
  enrichment: Pick<Enrichment, 'commitments'>,
): Prisma.ItemCommitmentCreateManyInput[] {
  return enrichment.commitments.map((commitment, ordinal) => ({
    itemId,
    ordinal,
    quantity: commitment.quantity,
    unit: commitment.unit,
    kind: commitment.kind,
    relation: commitment.relation?.key ?? null,
    relationValue: commitment.relation?.value ?? null,
    periodKind: commitment.period?.kind ?? null,
    periodValue: commitment.period?.value ?? null,
    periodStart: commitment.period?.start ?? null,
    periodWords: commitment.period?.words ?? null,
    start: commitment.start,
    words: commitment.words,
  }));
}

/** An item's ordinals as rows, in title order. */
export function toItemOrdinalRows(
  itemId: number,
  enrichment: Pick<Enrichment, 'ordinals'>,
): Prisma.ItemOrdinalCreateManyInput[] {
  return enrichment.ordinals.map((one, ordinal) => ({
    itemId,
    ordinal,
    value: one.value,
    kind: one.kind,
    series: one.series,
    start: one.start,
    words: one.words,
  }));
}
