import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { placesByRole, venuesOf } from '@/lib/catalogue/roles';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED, expectedVenues } from '../support/expected';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

const itemOf = (key: string) => {
  const item = catalogue.items.find((one) => one.key === key);
  if (!item) throw new Error(`no ${key}`);
  return item;
};

describe('where an item took place', () => {
  it('is every venue the table gives, and what contains it, for every item', () => {
    let withVenue = 0;
    for (const expected of EXPECTED) {
      const venues = venuesOf(itemOf(expected.key)).sort();
      expect(venues, expected.key).toEqual(expectedVenues(expected).sort());
      if (venues.length > 0) withVenue += 1;
    }
    // By hand: meetings 70, 77, 79, 80, 82, 93, 118, 119, 124, 126, 128, 145–147, 150–152 and
    // 158, documents 68 and 70, and the 23 summit initiatives have a venue.
    expect(withVenue).toBe(18 + 2 + 23);
  });

  it('counts China for documents 70, adopted in Qingdao, though China is one of its parties', () => {
    const item = itemOf('documents-70');
    expect(item.places.find((tag) => tag.place.slug === 'china')?.role).toBe('party');
    expect(venuesOf(item).sort()).toEqual(['china', 'qingdao', 'shandong']);
  });
});

describe('the places of an item by the part they play', () => {
  it('groups what the title and heading tie, leaving out what merely contains them', () => {
    const line = (key: string) =>
      placesByRole(itemOf(key)).map(({ role, places }) => [role, places.map((p) => p.slug)]);
    expect(line('meetings-150')).toEqual([
      ['venue', ['qingdao']],
      ['subject', ['kazakhstan']],
    ]);
    expect(line('documents-88')).toEqual([
      ['party', ['china', 'liaoning', 'shenyang', 'uzbekistan', 'bukhara-region', 'bukhara']],
    ]);
    expect(line('initiatives-7')).toEqual([
      ['actor', ['china']],
      ['venue', ['tianjin']],
    ]);
    expect(line('meetings-24')).toEqual([]);
  });
});
