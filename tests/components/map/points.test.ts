import { describe, expect, it } from 'vitest';
import { type MapPlace, mapFrame, mapPoints } from '@/components/map/points';
import type { PlaceKind } from '@/lib/enrich/types';
import { FILE_PATHS } from '@/lib/paths';
import { names } from '../../support/names';

const place = (
  slug: string,
  kind: PlaceKind,
  parent: string | null,
  itemCount: number,
  [lat, lon]: [number | null, number | null] = [40, 100],
  venues = 0,
): MapPlace => ({
  slug,
  names: names(slug, slug),
  kind,
  parent,
  lat,
  lon,
  itemCount,
  venues,
});

const PLACES = [
  place('central-asia', 'macro-region', null, 4, [null, null]),
  place('china', 'country', null, 10, [35.86, 104.2]),
  place('liaoning', 'region', 'china', 3, [41.3, 122.6]),
  place('shenyang', 'city', 'liaoning', 2, [41.8, 123.43], 1),
  place('henan', 'region', 'china', 1, [33.9, 113.5]),
  place('tianjin', 'city', 'china', 1, [39.13, 117.2]),
  place('yunnan', 'region', 'china', 0, [24.97, 101.49]),
];

describe('mapPoints', () => {
  it('draws cities, and regions only when no city inside them is drawn', () => {
    // Liaoning holds Shenyang; Henan holds no city with items; Yunnan has no items.
    expect(mapPoints(PLACES).map((p) => [p.slug, p.kind, p.count])).toEqual([
      ['shenyang', 'city', 2],
      ['henan', 'region', 1],
      ['tianjin', 'city', 1],
    ]);
  });

  it('draws a region again once its only city has no items', () => {
    const quiet = PLACES.map((p) => (p.slug === 'shenyang' ? { ...p, itemCount: 0 } : p));
    expect(mapPoints(quiet).map((p) => p.slug)).toEqual(['liaoning', 'henan', 'tianjin']);
  });

  it('leaves out places without items or coordinates, countries and macro-regions', () => {
    const unlocated = place('kunming', 'city', 'yunnan', 2, [null, 102.7]);
    const slugs = mapPoints([...PLACES, unlocated]).map((p) => p.slug);
    expect(slugs).not.toContain('kunming');
    expect(slugs).not.toContain('yunnan');
    expect(slugs).not.toContain('china');
    expect(slugs).not.toContain('central-asia');
  });

  it('says of each point how many of its items took place there', () => {
    expect(mapPoints(PLACES).map((p) => [p.slug, p.count, p.venues])).toEqual([
      ['shenyang', 2, 1],
      ['henan', 1, 0],
      ['tianjin', 1, 0],
    ]);
  });

  it('keeps the place’s coordinates and the place itself with each point', () => {
    const [shenyang] = mapPoints(PLACES);
    expect(shenyang).toMatchObject({ slug: 'shenyang', lat: 41.8, lon: 123.43 });
    expect(shenyang?.place).toBe(PLACES[3]);
  });
});

describe('mapFrame', () => {
  it('is null with no located place holding items', () => {
    expect(mapFrame([])).toBeNull();
    expect(mapFrame([PLACES[0] as MapPlace, PLACES[6] as MapPlace])).toBeNull();
  });

  it('frames every located place with items, countries too, 800 units wide', () => {
    const frame = mapFrame(PLACES);
    expect(frame?.width).toBe(800);
    // China's centroid is drawn by no point, yet lies inside the frame.
    const [x, y] = frame?.projection([104.2, 35.86]) ?? [Number.NaN, Number.NaN];
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x).toBeLessThanOrEqual(800);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(frame?.height ?? 0);
  });

  it('leaves out of the extent a place without items', () => {
    // Yunnan, far south-west, has none: the frame without it is the frame of the others.
    const others = PLACES.filter((p) => p.slug !== 'yunnan');
    expect(mapFrame(PLACES)?.height).toBe(mapFrame(others)?.height);
  });

  it('has its outlines drawn at one address', () => {
    expect(FILE_PATHS.mapOutlines).toBe('/api/map.svg');
  });
});
