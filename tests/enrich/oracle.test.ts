import { describe, expect, it } from 'vitest';
import { enrichList, itemKey } from '@/lib/enrich';
import { parseSource } from '@/lib/parser';
import {
  differences,
  figuresByReason,
  figuresByRole,
  formatFigures,
  type KeyedTie,
} from '../support/enrichment-table';
import { EXPECTED } from '../support/expected';
import { SOURCE_BYTES } from '../support/source';

/**
 * The enrichment of the real list against the hand-made oracle (tests/fixtures/
 * expected-enrichment.tsv, made by reading the titles and the category headings against the
 * rules, not from the code): every place tie with how it was reached and the part the place
 * plays, and every item's type and secondary type.
 */

const list = parseSource(SOURCE_BYTES);
const { enrichments } = enrichList(list.items, list.sections);
const actual = list.items.map((item, index) => ({ key: itemKey(item), ...enrichments[index] }));

const expectedTies: KeyedTie[] = EXPECTED.flatMap((item) =>
  item.places.map((place) => ({ key: item.key, ...place })),
);
const actualTies: KeyedTie[] = actual.flatMap((item) =>
  (item.places ?? []).map((place) => ({ key: item.key, ...place })),
);

describe('enrichment of the real list against the hand-made oracle', () => {
  it('lists the same 223 items in the same order', () => {
    expect(actual.map((item) => item.key)).toEqual(EXPECTED.map((item) => item.key));
    expect(actual).toHaveLength(223);
  });

  it('ties every place the table gives, by the table’s reason, and no other', () => {
    const rows = figuresByReason(expectedTies, actualTies);
    console.log(formatFigures('via', rows));
    for (const row of rows) expect(row, row.name).toMatchObject({ found: row.expected });
    for (const row of rows) expect(row, row.name).toMatchObject({ correct: row.expected });
  });

  it('gives every tie the table’s role', () => {
    const rows = figuresByRole(expectedTies, actualTies);
    console.log(formatFigures('role', rows));
    expect(differences(expectedTies, actualTies)).toEqual({ missing: [], extra: [] });
    expect(rows.at(-1)).toMatchObject({ expected: expectedTies.length });
  });

  it('ties Tianjin by heading to the summit’s initiatives only', () => {
    const byHeading = actual.filter((item) =>
      item.places?.some((place) => place.slug === 'tianjin' && place.via === 'heading'),
    );
    const summit = EXPECTED.filter((item) => item.section === 'initiatives' && item.category === 1);
    expect(summit).toHaveLength(23);
    expect(byHeading.map((item) => item.key)).toEqual(summit.map((item) => item.key));
  });

  it('lists each item’s places in the table’s order: named in title order, then by reason', () => {
    const sequence = (places: ReadonlyArray<{ slug: string; via: string }>) =>
      places.map((place) => `${place.slug}:${place.via}`);
    expect(actual.map((item) => sequence(item.places ?? []))).toEqual(
      EXPECTED.map((item) => sequence(item.places)),
    );
  });

  it('gives every item the type and secondary type a reader gives it', () => {
    const types = (
      items: ReadonlyArray<{ key: string; type?: string; secondaryType?: string | null }>,
    ) =>
      items.map(
        (item) => `${item.key} ${item.type}${item.secondaryType ? `+${item.secondaryType}` : ''}`,
      );
    expect(types(actual)).toEqual(types(EXPECTED));
  });
});
