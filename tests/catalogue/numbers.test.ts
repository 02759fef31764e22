import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { readingFacts, readNumberTable, tableFacts } from '@/lib/enrich/numbers/facts';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';

const TABLE = readNumberTable(
  readFileSync(new URL('../fixtures/expected-numbers.tsv', import.meta.url), 'utf8'),
);
/** What the catalogue keeps of the table: commitments and ordinals (years are the year facet's). */
const KEPT = new Set([
  'amount',
  'unit',
  'kind',
  'commitment period',
  'relative',
  'ordinal',
  'series',
]);

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

describe('the loaded catalogue', () => {
  it('gives every item the commitments and ordinals of the hand-made table, through the database', () => {
    const facts = (list: Array<{ kind: string; text: string }>) =>
      list
        .filter((fact) => KEPT.has(fact.kind))
        .map((fact) => `${fact.kind}: ${fact.text}`)
        .sort();
    const expected = facts(TABLE.flatMap(tableFacts));
    const found = facts(
      catalogue.items.flatMap((item) =>
        readingFacts(item.key, {
          commitments: [...item.commitments],
          ordinals: [...item.ordinals],
          periods: [],
          years: [],
          quantities: [],
          names: [],
        }),
      ),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(expected);
  });

  it('keeps the words and periods as read, offsets into the title as printed', () => {
    for (const item of catalogue.items) {
      for (const one of [...item.commitments, ...item.ordinals]) {
        expect(item.title.slice(one.start, one.start + one.words.length)).toBe(one.words);
      }
      for (const { period } of item.commitments) {
        if (period)
          expect(item.title.slice(period.start, period.start + period.words.length)).toBe(
            period.words,
          );
      }
    }
  });
});
