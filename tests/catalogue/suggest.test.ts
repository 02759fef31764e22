import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, nearestValue } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

describe('nearestValue: the valid value a mistyped one was aiming at', () => {
  it.each([
    // Letters swapped, one missing, one too many, a wrong one; by key or by English name.
    ['topic', 'healht', 'health'],
    ['topic', 'securty', 'security'],
    ['topic', 'Sport', 'sports'],
    ['place', 'shenyng', 'shenyang'],
    ['place', 'Qindao', 'qingdao'],
    ['type', 'memorandun', 'memorandum'],
    ['section', 'meeting', 'meetings'],
  ] as const)('%s = %s → %s', (facet, given, expected) => {
    expect(nearestValue(catalogue, facet, given)).toBe(expected);
  });

  it.each([
    ['topic', 'zzzz'],
    ['topic', 'economics of everything'],
    ['place', 'x'],
    // Numbers: the nearest category or year is no better a guess than any.
    ['category', 'meetings.9'],
    ['year', '2052'],
  ] as const)('suggests nothing for %s = %s', (facet, given) => {
    expect(nearestValue(catalogue, facet, given)).toBeNull();
  });
});
