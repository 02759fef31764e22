import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  EMPTY_FILTERS,
  exportOutcomes,
  type Filters,
  getOverview,
  getPlace,
  knownValues,
  listOutcomes,
  readApiAddress,
  readListingAddress,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED, type ReferenceFilters, referenceMatches } from '../support/expected';

/**
 * "Took place in Qingdao" is one filter: the venue facet over the real list's catalogue, against
 * the hand-made table (tests/fixtures/expected-enrichment.tsv, every tie with its role) with the
 * gazetteer file's parents, and against lists read off the table by hand.
 */

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

const filtersOf = (partial: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...partial });

/** Every match, in list order. */
const keysOf = (partial: Partial<Filters>) =>
  exportOutcomes(catalogue, filtersOf(partial), null).rows.map((item) => item.key);

const expectedKeys = (filters: ReferenceFilters) =>
  referenceMatches(EXPECTED, filters).map((item) => item.key);

const summit = Array.from({ length: 23 }, (_, index) => `initiatives-${index + 1}`);

/**
 * Read off the table by hand, in list order: the items whose ties give the city as venue. Left
 * out, as the table ties them otherwise: meetings 123 and initiatives 36 (Qingdao's demonstration
 * area is their subject), documents 80 (Tianjin's friendship association is a party), documents
 * 83, 88, 89 and 90 (Shenyang is a party).
 */
const BY_HAND: Record<string, string[]> = {
  qingdao: [
    'meetings-79',
    'meetings-119',
    'meetings-124',
    'meetings-126',
    'meetings-150',
    'meetings-151',
    'meetings-152',
    'documents-70',
  ],
  tianjin: ['meetings-77', 'meetings-145', 'meetings-146', 'meetings-147', ...summit],
  shenyang: ['meetings-70', 'documents-68'],
};

describe('the venue facet', () => {
  it.each(['qingdao', 'tianjin', 'shenyang', 'china'])(
    'venue=%s lists the items the table ties to it or a place inside it as venue',
    (slug) => {
      const expected = expectedKeys({ venue: [slug] });
      expect(keysOf({ venue: [slug] })).toEqual(expected);
      if (BY_HAND[slug]) expect(expected).toEqual(BY_HAND[slug]);
    },
  );

  it('venue=china is every item with a venue: the table puts every venue in China', () => {
    // By hand: meetings 70, 77, 79, 80, 82, 93, 118, 119, 124, 126, 128, 145–147, 150–152 and
    // 158, documents 68 and 70, and the 23 summit initiatives.
    const china = keysOf({ venue: ['china'] });
    expect(china).toHaveLength(18 + 2 + 23);
    // Documents 70 is adopted in Qingdao, so in China, though the table makes China its party.
    expect(china).toContain('documents-70');
    expect(
      EXPECTED.find((item) => item.key === 'documents-70')?.places.find((p) => p.slug === 'china')
        ?.role,
    ).toBe('party');
  });

  it('counts venues apart from ties of any role, every venue marked inferred', () => {
    const { facets } = listOutcomes(catalogue, EMPTY_FILTERS, null);
    const count = (facet: 'place' | 'venue', slug: string) =>
      facets[facet].find((value) => value.value === slug);
    // By hand, place (any role) against venue: Qingdao 10 and 8, Tianjin 28 and 27, Shenyang 6
    // and 2, China 83 and 43.
    for (const [slug, any, venues] of [
      ['qingdao', 10, 8],
      ['tianjin', 28, 27],
      ['shenyang', 6, 2],
      ['china', 83, 43],
    ] as const) {
      expect(count('place', slug)?.count, slug).toBe(any);
      expect(count('venue', slug), slug).toMatchObject({ count: venues, inferred: venues });
    }
    // Places no item took place in are not offered: Kazakhstan is only a subject, Bukhara a party.
    expect(count('venue', 'kazakhstan')).toBeUndefined();
    expect(count('venue', 'bukhara')).toBeUndefined();
  });

  it('combines with the place facet: held in Qingdao, about Kazakhstan', () => {
    const filters = { venue: ['qingdao'], place: ['kazakhstan'] };
    expect(keysOf(filters)).toEqual(expectedKeys(filters));
    expect(keysOf(filters)).toEqual(['meetings-150']);
  });

  it('accepts a place no item took place in as an empty view, and refuses what is no place', () => {
    const known = knownValues(catalogue);
    expect(keysOf({ venue: ['kazakhstan'] })).toEqual([]);
    expect(readListingAddress(new URLSearchParams('venue=kazakhstan'), known).notices).toEqual([]);
    expect(readListingAddress(new URLSearchParams('venue=nowhere'), known)).toMatchObject({
      filters: { venue: [] },
      notices: [{ param: 'venue', value: 'nowhere', reason: 'invalid' }],
    });
    expect(readApiAddress(new URLSearchParams('venue=nowhere'), known, ['en'])).toMatchObject({
      ok: false,
      issues: [{ param: 'venue', value: 'nowhere', reason: 'invalid' }],
    });
  });

  it('gives the place page and the overview’s map how many items took place there', () => {
    // Bukhara: documents 88 alone, a memorandum it is party to.
    for (const [slug, any, venues] of [
      ['qingdao', 10, 8],
      ['china', 83, 43],
      ['bukhara', 1, 0],
    ] as const) {
      expect(getPlace(catalogue, slug), slug).toMatchObject({ total: any, venues });
      expect(
        getOverview(catalogue).places.find((place) => place.slug === slug),
        slug,
      ).toMatchObject({ itemCount: any, venues });
    }
  });
});
