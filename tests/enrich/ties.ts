import type { ItemPlace } from '@/lib/enrich/types';

/**
 * A place tie as the tests of reasons write it: place, reason and reference, without the role
 * (tests/enrich/roles.test.ts and the oracle check roles).
 */
export type Tie = Omit<ItemPlace, 'role'>;

export const reasonsOf = (places: readonly ItemPlace[]): Tie[] =>
  places.map(({ slug, via, ref }) => ({ slug, via, ref }));
