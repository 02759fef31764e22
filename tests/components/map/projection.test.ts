import { describe, expect, it } from 'vitest';
import { frameFor } from '@/components/map/projection';

const SHENYANG = { lon: 123.43, lat: 41.8 };
const ARKHANGELSK = { lon: 40.54, lat: 64.54 };
const CAIRO = { lon: 31.24, lat: 30.04 };
const KUNMING = { lon: 102.71, lat: 25.04 };

describe('frameFor', () => {
  it('fits every point inside the frame, padding included', () => {
    const points = [SHENYANG, ARKHANGELSK, CAIRO, KUNMING];
    const frame = frameFor(points, 800, 30);
    for (const point of points) {
      const [x, y] = frame.projection([point.lon, point.lat]) ?? [Number.NaN, Number.NaN];
      expect(x).toBeGreaterThanOrEqual(30 - 0.5);
      expect(x).toBeLessThanOrEqual(800 - 30 + 0.5);
      expect(y).toBeGreaterThanOrEqual(30 - 0.5);
      expect(y).toBeLessThanOrEqual(frame.height - 30 + 0.5);
    }
  });

  it('crops to the points: the extremes touch the padding on both axes', () => {
    const frame = frameFor([SHENYANG, ARKHANGELSK, CAIRO, KUNMING], 800, 30);
    const xs = [SHENYANG, ARKHANGELSK, CAIRO, KUNMING].map(
      (p) => frame.projection([p.lon, p.lat])?.[0] ?? 0,
    );
    expect(Math.min(...xs)).toBeCloseTo(30, 0);
    expect(Math.max(...xs)).toBeCloseTo(770, 0);
    expect(frame.width).toBe(800);
  });

  it('takes its height from the points: a wide extent gives a short map', () => {
    const wide = frameFor([CAIRO, SHENYANG], 800, 20);
    const tall = frameFor([ARKHANGELSK, KUNMING], 800, 20);
    expect(wide.height).toBeLessThan(tall.height);
  });

  it('clips drawing to the frame', () => {
    const frame = frameFor([SHENYANG, CAIRO], 800, 20);
    expect(frame.projection.clipExtent()).toEqual([
      [0, 0],
      [800, frame.height],
    ]);
  });

  it('refuses an empty extent', () => {
    expect(() => frameFor([], 800, 20)).toThrow();
  });
});
