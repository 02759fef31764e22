import table from '@/data/search-synonyms.json' with { type: 'json' };
import { foldText } from './fold';

/** Each word of the synonym table (folded) → the other words of its group. */
const OTHERS: ReadonlyMap<string, readonly string[]> = new Map(
  table.groups.flatMap((group) => {
    const words = group.map(foldText);
    return words.map((word) => [word, words.filter((other) => other !== word)] as const);
  }),
);

/** The words the table gives as meaning the same as `word` (folded), or none. */
export function synonymsOf(word: string): readonly string[] {
  return OTHERS.get(word) ?? [];
}
