import { z } from 'zod';

/**
 * A whole number from min to max, written as the site's links write it: decimal digits, no
 * sign and no leading zero. `Number()`, and so `z.coerce.number()`, would also take `0x10`,
 * `1e1`, `10.0`, ` 10` and `+10`, giving one page many addresses. A number passes as it is,
 * for callers that build filters in code.
 */
export function wholeNumber(min: number, max: number) {
  return z
    .union([
      z.number(),
      z
        .string()
        .regex(/^(0|[1-9]\d*)$/, 'expected decimal digits')
        .transform(Number),
    ])
    .pipe(z.int().min(min).max(max));
}
