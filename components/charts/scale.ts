/** Narrowest drawn width, in percent of the track, of a bar whose value is not zero. */
const MIN_VISIBLE_PERCENT = 1;

/**
 * A linear scale from 0 to `max` onto 0–100 % of a bar's track. A non-zero value is never
 * drawn narrower than MIN_VISIBLE_PERCENT, so a count of 1 beside a count of 500 still shows.
 */
export function percentScale(max: number): (value: number) => number {
  if (!(max > 0)) return () => 0;
  return (value) => {
    if (!(value > 0)) return 0;
    return Math.min(100, Math.max(MIN_VISIBLE_PERCENT, (value / max) * 100));
  };
}
