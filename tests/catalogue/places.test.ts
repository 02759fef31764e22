import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, getPlace, listPlaces, type PlaceDetail } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED } from '../support/expected';
import { GAZETTEER, GAZETTEER_BY_SLUG } from './reference';

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

/** The table's items tagged with the place (the table lists every container as `parent`). */
const itemsOf = (slug: string) =>
  EXPECTED.filter((item) => item.places.some((place) => place.slug === slug));

/** Each item of the place's page with how it has this place: [key, via]. */
const tagsOf = (detail: PlaceDetail | null) =>
  (detail?.items ?? []).map(({ item, tag }) => [item.key, tag.via]);

/** The table's [key, via] for the place, in list order. */
const expectedTags = (slug: string) =>
  itemsOf(slug).map((item) => [item.key, item.places.find((p) => p.slug === slug)?.via]);

const place = (slug: string) => getPlace(catalogue, slug);

describe('listPlaces', () => {
  it('lists the places with items, in the gazetteer’s order, counting items of places inside', () => {
    const places = listPlaces(catalogue);
    const expected = GAZETTEER.filter((p) => itemsOf(p.slug).length > 0);
    expect(places.map((p) => p.slug)).toEqual(expected.map((p) => p.slug));
    for (const p of places) {
      const tagged = itemsOf(p.slug);
      expect(p.itemCount, p.slug).toBe(tagged.length);
      expect(p.inferredCount, p.slug).toBe(
        tagged.filter((item) => item.places.some((t) => t.slug === p.slug && t.via !== 'named'))
          .length,
      );
    }
    // The gazetteer's places no item has are hidden.
    expect(places.map((p) => p.slug)).not.toContain('shanghai');
    expect(places.map((p) => p.slug)).not.toContain('tajikistan');
    const liaoning = places.find((p) => p.slug === 'liaoning');
    const shenyang = places.find((p) => p.slug === 'shenyang');
    expect(liaoning?.itemCount).toBeGreaterThan(shenyang?.itemCount ?? Infinity);
  });

  it('carries names, kind, parent, coordinates and aliases from the gazetteer', () => {
    for (const p of listPlaces(catalogue)) {
      const source = GAZETTEER_BY_SLUG.get(p.slug);
      expect(p, p.slug).toMatchObject({
        names: { zh: source?.zh, en: source?.en },
        kind: source?.kind,
        parent: source?.parent,
        lat: source?.lat,
        lon: source?.lon,
        aliases: source?.aliases,
      });
    }
    expect(listPlaces(catalogue).find((p) => p.slug === 'shenyang')).toMatchObject({
      parent: 'liaoning',
      aliases: ['沈阳市', '沈阳'],
    });
  });
});

describe('getPlace', () => {
  it('a city: Shenyang’s items with their tag for it, its region, no children', () => {
    const shenyang = place('shenyang');
    expect(shenyang?.place).toMatchObject({ slug: 'shenyang', kind: 'city', itemCount: 6 });
    expect(shenyang?.parent?.slug).toBe('liaoning');
    expect(shenyang?.children).toEqual([]);
    expect(shenyang?.total).toBe(6);
    expect(tagsOf(shenyang)).toEqual([
      ['meetings-70', 'linked'],
      ['documents-68', 'named'],
      ['documents-83', 'named'],
      ['documents-88', 'named'],
      ['documents-89', 'named'],
      ['documents-90', 'named'],
    ]);
    expect(shenyang?.items[0]?.tag.linked?.key).toBe('documents-68');
  });

  it('a city reached by fact, abbreviation and heading: Tianjin', () => {
    const tianjin = place('tianjin');
    expect(tagsOf(tianjin)).toEqual(expectedTags('tianjin'));
    expect(tagsOf(tianjin)).toEqual([
      ['meetings-77', 'fact'],
      ['meetings-145', 'abbreviation'],
      ['meetings-146', 'named'],
      ['meetings-147', 'named'],
      ['documents-80', 'named'],
      ...Array.from({ length: 23 }, (_, index) => [`initiatives-${index + 1}`, 'heading']),
    ]);
    expect(tianjin?.items[0]?.tag.fact?.id).toBe('sco-summit-2025');
    expect(tianjin?.items[1]?.tag.word).toBe('津彩');
    expect(tianjin?.parent?.slug).toBe('china');
  });

  it('a region: Liaoning holds Shenyang’s items as parent, and its own', () => {
    const liaoning = place('liaoning');
    expect(liaoning?.parent?.slug).toBe('china');
    expect(liaoning?.children.map((c) => c.slug)).toEqual(['shenyang']);
    expect(tagsOf(liaoning)).toEqual(expectedTags('liaoning'));
    expect(tagsOf(liaoning)).toEqual([
      ['meetings-70', 'parent'],
      ['documents-68', 'parent'],
      ['documents-83', 'parent'],
      ['documents-84', 'named'],
      ['documents-88', 'named'],
      ['documents-89', 'parent'],
      ['documents-90', 'parent'],
    ]);
    expect(liaoning?.total).toBe(7);
  });

  it('a country: Kazakhstan, inside Central Asia, with its regions that have items', () => {
    const kazakhstan = place('kazakhstan');
    expect(kazakhstan?.parent?.slug).toBe('central-asia');
    expect(kazakhstan?.children.map((c) => c.slug)).toEqual(['atyrau-region', 'almaty-region']);
    expect(tagsOf(kazakhstan)).toEqual(expectedTags('kazakhstan'));
    expect(kazakhstan?.total).toBe(4);
  });

  it('China: every item, its regions and cities with items as children', () => {
    const china = place('china');
    expect(china?.parent).toBeNull();
    expect(china?.total).toBe(itemsOf('china').length);
    expect(tagsOf(china)).toEqual(expectedTags('china'));
    expect(china?.children.map((c) => c.slug)).toEqual(
      GAZETTEER.filter((p) => p.parent === 'china' && itemsOf(p.slug).length > 0).map(
        (p) => p.slug,
      ),
    );
    expect(china?.children.map((c) => c.slug)).not.toContain('shanghai');
  });

  it('a macro-region: Central Asia, named once and holding its countries’ items', () => {
    const centralAsia = place('central-asia');
    expect(centralAsia?.place).toMatchObject({ kind: 'macro-region', parent: null });
    expect(centralAsia?.parent).toBeNull();
    // Tajikistan and Turkmenistan lie in it, but no item has them.
    expect(centralAsia?.children.map((c) => c.slug)).toEqual([
      'kyrgyzstan',
      'uzbekistan',
      'kazakhstan',
    ]);
    expect(tagsOf(centralAsia)).toEqual(expectedTags('central-asia'));
    expect(tagsOf(centralAsia).filter(([, via]) => via === 'named')).toEqual([
      ['documents-79', 'named'],
    ]);
    expect(centralAsia?.total).toBe(9);
    const eurasia = place('eurasia');
    expect(tagsOf(eurasia)).toEqual([['initiatives-31', 'named']]);
    expect(eurasia?.children).toEqual([]);
  });

  it('every place’s page lists the table’s items with the table’s reason', () => {
    for (const p of listPlaces(catalogue)) {
      const detail = place(p.slug);
      expect(tagsOf(detail), p.slug).toEqual(expectedTags(p.slug));
      expect(detail?.total, p.slug).toBe(itemsOf(p.slug).length);
      for (const { tag } of detail?.items ?? []) expect(tag.place.slug).toBe(p.slug);
    }
  });

  it('a gazetteer place without items is found, empty', () => {
    const shanghai = place('shanghai');
    expect(shanghai?.place).toMatchObject({ slug: 'shanghai', itemCount: 0 });
    expect(shanghai).toMatchObject({ items: [], total: 0, children: [] });
  });

  it('returns null for an unknown or malformed slug', () => {
    expect(place('atlantis')).toBeNull();
    expect(place('../etc')).toBeNull();
    expect(place('')).toBeNull();
    expect(place('Shenyang')).toBeNull();
    expect(place('constructor')).toBeNull();
  });
});
