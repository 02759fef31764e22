import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlace, listPlaces } from '@/lib/catalogue';
import { PLACES } from '@/lib/enrich';
import { buildTestDatabase, type TestDatabase } from '../support/catalogue-db';
import { expectedCatalogue, keysOf, placesWithAncestors } from '../support/expected';

let db: TestDatabase;
const { items } = expectedCatalogue();
const itemsOf = (slug: string) => items.filter((item) => placesWithAncestors(item).has(slug));

beforeAll(async () => {
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db.remove();
});

describe('listPlaces', () => {
  it('lists the whole gazetteer in its order, counting items of descendants too', async () => {
    const places = await listPlaces();
    expect(places.map((p) => p.slug)).toEqual(PLACES.map((p) => p.slug));
    for (const place of places)
      expect(place.itemCount, place.slug).toBe(itemsOf(place.slug).length);
    const liaoning = places.find((p) => p.slug === 'liaoning');
    const shenyang = places.find((p) => p.slug === 'shenyang');
    expect(liaoning?.itemCount).toBeGreaterThanOrEqual(shenyang?.itemCount ?? Infinity);
  });

  it('carries coordinates and aliases', async () => {
    const shenyang = (await listPlaces()).find((p) => p.slug === 'shenyang');
    const source = PLACES.find((p) => p.slug === 'shenyang');
    expect(shenyang).toMatchObject({ lat: source?.lat, lon: source?.lon, parent: 'liaoning' });
    expect(shenyang?.aliases).toEqual(source?.aliases);
  });
});

describe('getPlace', () => {
  it('gives parent, children and the items of the place and everything inside it', async () => {
    const liaoning = await getPlace('liaoning');
    expect(liaoning?.parent?.slug).toBe('china');
    expect(liaoning?.children.map((c) => c.slug)).toContain('shenyang');
    expect(keysOf(liaoning?.items ?? [])).toEqual(keysOf(itemsOf('liaoning')));
  });

  it('returns null for an unknown or malformed slug', async () => {
    expect(await getPlace('atlantis')).toBeNull();
    expect(await getPlace('../etc')).toBeNull();
  });
});
