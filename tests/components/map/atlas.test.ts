import { describe, expect, it } from 'vitest';
import { countryShapes } from '@/components/map/atlas';
import { frameFor } from '@/components/map/projection';
import { PLACES } from '@/lib/enrich';

// Every place the map can draw: macro-regions have no single point.
const located = PLACES.flatMap(({ lon, lat }) =>
  lon === null || lat === null ? [] : [{ lon, lat }],
);

describe('countryShapes', () => {
  const shapes = countryShapes(frameFor(located, 800, 30));

  it('has an outline for every country of the gazetteer, matched by English name', () => {
    const names = new Set(shapes.map((shape) => shape.name));
    for (const country of PLACES.filter((place) => place.kind === 'country')) {
      expect(names, country.names.en).toContain(country.names.en);
    }
  });

  it('leaves out countries wholly outside the frame', () => {
    const names = shapes.map((shape) => shape.name);
    expect(names).not.toContain('Brazil');
    expect(names).not.toContain('Australia');
  });

  it('rounds coordinates to whole units, keeping the inline SVG small', () => {
    for (const shape of shapes) expect(shape.d).not.toMatch(/\d\.\d/);
  });
});
