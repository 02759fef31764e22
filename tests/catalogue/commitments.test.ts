import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commitmentsByUnit } from '@/lib/catalogue/commitments';
import { itemKey } from '@/lib/enrich';
import {
  COMMITMENT_KINDS,
  COMMITMENT_UNITS,
  type Commitment,
  readNumbers,
} from '@/lib/enrich/numbers';
import { parseSource } from '@/lib/parser';
import { SOURCE_BYTES } from '../support/source';

const ORDER = {
  units: COMMITMENT_UNITS.map((unit) => unit.key),
  kinds: COMMITMENT_KINDS.map((kind) => kind.key),
};
const ITEMS = parseSource(SOURCE_BYTES).items.map((item) => ({
  key: itemKey(item),
  commitments: readNumbers(item.title).commitments,
}));

describe('commitments of the real list by unit and kind', () => {
  // Totals added by hand from the titles: 20亿 + 100亿 yuan; 千万 + 千万 kW in one item.
  const EXPECTED = [
    [
      'yuan',
      12_000_000_000,
      ['initiatives-8', 'initiatives-9'],
      [
        ['grant', 2_000_000_000],
        ['loan', 10_000_000_000],
      ],
    ],
    ['kilowatt', 20_000_000, ['initiatives-13'], [['implement', 20_000_000]]],
    ['project', 100, ['initiatives-7'], [['implement', 100]]],
    ['workshop', 10, ['initiatives-11'], [['build', 10]]],
    ['training-place', 10_000, ['initiatives-12'], [['provide', 10_000]]],
    ['scholarship-place', null, [], [['increase', null]]],
    ['patient', 500, ['initiatives-21'], [['treat', 500]]],
    ['operation', 5_000, ['initiatives-22'], [['implement', 5_000]]],
    ['screening', 10_000, ['initiatives-23'], [['conduct', 10_000]]],
    ['fund', null, [], [['establish', null]]],
  ];

  it('adds like units only, and names every item a total adds', () => {
    const groups = commitmentsByUnit(ITEMS, ORDER);
    expect(
      groups.map((group) => [
        group.unit,
        group.total,
        group.items.map((item) => item.key),
        group.kinds.map((kind) => [kind.kind, kind.total]),
      ]),
    ).toEqual(EXPECTED);
  });

  it('lists the relations without adding them', () => {
    const scholarships = commitmentsByUnit(ITEMS, ORDER).find(
      (group) => group.unit === 'scholarship-place',
    );
    expect(
      scholarships?.entries.map((entry) => [entry.item.key, entry.commitment.relation]),
    ).toEqual([['initiatives-10', { key: 'multiple', value: 2 }]]);
  });
});

describe('totals of any commitments (at least half the cases hold two units or more)', () => {
  const commitment = fc.record({
    quantity: fc.option(fc.integer({ min: 1, max: 1e9 }), { freq: 4 }),
    unit: fc.constantFrom('yuan', 'kilowatt', 'patient'),
    kind: fc.constantFrom('grant', 'loan', 'treat'),
  });
  const items = fc.array(
    fc.record({ key: fc.string(), commitments: fc.array(commitment, { maxLength: 3 }) }),
    { maxLength: 6 },
  );

  it('each total is the sum of its own unit and kind, every entry counted once', () => {
    let checked = 0;
    let runs = 0;
    fc.assert(
      fc.property(items, (drawn) => {
        runs += 1;
        const full = drawn.map((item) => ({
          ...item,
          commitments: item.commitments.map(
            (one): Commitment => ({ ...one, relation: null, period: null, start: 0, words: '' }),
          ),
        }));
        const groups = commitmentsByUnit(full, ORDER);
        if (groups.length >= 2) checked += 1;
        const all = full.flatMap((item) => item.commitments);
        expect(groups.flatMap((group) => group.entries)).toHaveLength(all.length);
        for (const group of groups) {
          const own = all.filter((one) => one.unit === group.unit && one.quantity !== null);
          const sum =
            own.length === 0 ? null : own.reduce((total, one) => total + (one.quantity ?? 0), 0);
          expect(group.total).toBe(sum);
          for (const kind of group.kinds) {
            const mine = own.filter((one) => one.kind === kind.kind);
            expect(kind.total).toBe(
              mine.length === 0 ? null : mine.reduce((t, one) => t + (one.quantity ?? 0), 0),
            );
            for (const item of kind.items) {
              expect(
                item.commitments.some((one) => one.unit === group.unit && one.kind === kind.kind),
              ).toBe(true);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
    expect(checked / runs).toBeGreaterThanOrEqual(0.5);
  });
});
