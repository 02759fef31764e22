import { describe, expect, it } from 'vitest';
import { type MapPlace, mapExtent, mapPoints } from '@/components/map/points';

const place = (slug: string, kind: string, parent: string | null, count: number): MapPlace => ({
  slug,
  zh: slug,
  en: slug,
  kind,
  parent,
  lat: 40,
  lon: 100,
  count,
});

const PLACES = [
  place('china', 'country', null, 10),
  place('liaoning', 'region', 'china', 3),
  place('shenyang', 'city', 'liaoning', 2),
  place('henan', 'region', 'china', 1),
  place('tianjin', 'city', 'china', 1),
  place('yunnan', 'region', 'china', 0),
];

describe('mapPoints', () => {
  it('draws cities, and regions only when no city inside them is drawn', () => {
    expect(mapPoints(PLACES).map((p) => [p.slug, p.kind])).toEqual([
      ['shenyang', 'city'],
      ['henan', 'region'],
      ['tianjin', 'city'],
    ]);
  });

  it('leaves out places without items or coordinates', () => {
    const unlocated = { ...place('kunming', 'city', 'yunnan', 2), lat: null };
    expect(mapPoints([...PLACES, unlocated]).map((p) => p.slug)).not.toContain('kunming');
  });
});

describe('mapExtent', () => {
  it('covers every located place with items, countries too', () => {
    expect(mapExtent(PLACES)).toHaveLength(5);
  });
});
