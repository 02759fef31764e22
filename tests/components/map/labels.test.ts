import { describe, expect, it } from 'vitest';
import { placeLabels } from '@/components/map/labels';

const LAYOUT = { width: 400, height: 200, fontSize: 10, gap: 6, pointRadius: 4 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its point', () => {
    const [label] = placeLabels([{ x: 100, y: 100, text: '沈阳市' }], LAYOUT);
    expect(label).toEqual({ x: 106, y: 103.5, anchor: 'start' });
  });

  it('moves a label left when the right would leave the frame', () => {
    const [label] = placeLabels([{ x: 390, y: 100, text: '沈阳市' }], LAYOUT);
    expect(label?.anchor).toBe('end');
  });

  it('keeps the labels of two close points apart', () => {
    const labels = placeLabels(
      [
        { x: 100, y: 100, text: '天津市' },
        { x: 104, y: 104, text: '青岛市' },
      ],
      LAYOUT,
    );
    // Each label is 3 em wide; side by side on the same side they would overlap.
    const [first, second] = labels;
    const sameSide =
      first?.anchor === second?.anchor && Math.abs((first?.y ?? 0) - (second?.y ?? 0)) < 10;
    expect(sameSide).toBe(false);
  });

  it('gives one label per point, in order', () => {
    const points = Array.from({ length: 5 }, (_, i) => ({ x: 50 + i * 60, y: 100, text: '城市' }));
    expect(placeLabels(points, LAYOUT)).toHaveLength(5);
  });
});
