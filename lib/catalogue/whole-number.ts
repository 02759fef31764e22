import { z } from 'zod';

/**
 * A whole number from min to max, written as the site's links write it: decimal digits, no
 * sign and no leading zero. `Number()` would also take `0x10`, `1e1`, `10.0`, ` 10` and `+10`,
 * giving one page many addresses.
 */
export function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^(0|[1-9]\d*)$/, 'expected decimal digits')
    .transform(Number)
    .pipe(z.int().min(min).max(max));
}
