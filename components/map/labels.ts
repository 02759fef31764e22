interface LabelledPoint {
  x: number;
  y: number;
  text: string;
}

interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface LabelLayout {
  width: number;
  height: number;
  fontSize: number;
  /** Distance from a point's centre to its label. */
  gap: number;
  /** Radius of a point's dot, which no label may cover. */
  pointRadius: number;
}

/**
 * Puts each label beside its point — right, left, above or below, the first that stays inside
 * the frame and clear of the labels and dots placed so far; failing all, wherever it overlaps
 * least. Points come in priority order (the caller puts the busiest places first). Widths are
 * estimated at one em per character, which holds for Chinese names.
 */
export function placeLabels(points: readonly LabelledPoint[], layout: LabelLayout): PlacedLabel[] {
  const dots = points.map((p) => square(p.x, p.y, layout.pointRadius));
  const placed: Box[] = [];
  return points.map((point) => {
    const candidates = candidatesFor(point, layout);
    const scored = candidates.map((candidate) => {
      const box = boxOf(candidate, point.text, layout);
      const clash =
        outside(box, layout) * 1000 +
        [...placed, ...dots].reduce((sum, other) => sum + overlap(box, other), 0);
      return { candidate, box, clash };
    });
    const best = scored.reduce((a, b) => (b.clash < a.clash ? b : a));
    placed.push(best.box);
    return best.candidate;
  });
}

function candidatesFor(point: LabelledPoint, { gap, fontSize }: LabelLayout): PlacedLabel[] {
  const baseline = point.y + fontSize * 0.35;
  return [
    { x: point.x + gap, y: baseline, anchor: 'start' },
    { x: point.x - gap, y: baseline, anchor: 'end' },
    { x: point.x, y: point.y - gap, anchor: 'middle' },
    { x: point.x, y: point.y + gap + fontSize * 0.8, anchor: 'middle' },
  ];
}

function boxOf(label: PlacedLabel, text: string, { fontSize }: LabelLayout): Box {
  const width = text.length * fontSize;
  const left =
    label.anchor === 'start'
      ? label.x
      : label.anchor === 'end'
        ? label.x - width
        : label.x - width / 2;
  return {
    left,
    right: left + width,
    top: label.y - fontSize * 0.85,
    bottom: label.y + fontSize * 0.2,
  };
}

function square(x: number, y: number, r: number): Box {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** How far the box sticks out of the frame, summed over its sides. */
function outside(box: Box, { width, height }: LabelLayout): number {
  return (
    Math.max(0, -box.left) +
    Math.max(0, box.right - width) +
    Math.max(0, -box.top) +
    Math.max(0, box.bottom - height)
  );
}
