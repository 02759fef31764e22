import { describe, expect, it } from 'vitest';
import { percentScale } from '@/components/charts/scale';

describe('percentScale', () => {
  it('maps the maximum to the full track and zero to nothing', () => {
    const scale = percentScale(49);
    expect(scale(49)).toBe(100);
    expect(scale(0)).toBe(0);
    expect(scale(24.5)).toBeCloseTo(50);
  });

  it('keeps a small non-zero value visible', () => {
    // 1 %, the narrowest width the scale draws a bar of a non-zero value (MIN_VISIBLE_PERCENT).
    expect(percentScale(10_000)(1)).toBe(1);
    expect(percentScale(10_000)(50)).toBe(1);
    expect(percentScale(10_000)(200)).toBe(2);
  });

  it('never draws past the track', () => {
    expect(percentScale(10)(15)).toBe(100);
  });

  it('draws nothing when every value is zero', () => {
    expect(percentScale(0)(0)).toBe(0);
  });
});
