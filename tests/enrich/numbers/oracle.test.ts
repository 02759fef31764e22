import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemKey } from '@/lib/enrich';
import { readNumbers } from '@/lib/enrich/numbers';
import { readingFacts, readNumberTable, tableFacts } from '@/lib/enrich/numbers/facts';
import { parseSource } from '@/lib/parser';
import { SOURCE_BYTES } from '../../support/source';
import { printedInSource } from '../source';

const TABLE = readNumberTable(
  readFileSync(new URL('../../fixtures/expected-numbers.tsv', import.meta.url), 'utf8'),
);
const ITEMS = parseSource(SOURCE_BYTES).items;
const byKey = (key: string) => ITEMS.find((item) => itemKey(item) === key);

describe('the hand-made table of numbers', () => {
  it('names real items and words each title prints', () => {
    for (const row of TABLE) {
      const title = byKey(row.key)?.title ?? '';
      expect(title, row.key).toContain(row.words);
      expect(printedInSource(title), row.key).toBe(true);
    }
  });
});

describe('numbers read from the real list, item by item against the table', () => {
  it.each(ITEMS.map((item) => [itemKey(item), item.title] as const))('%s', (key, title) => {
    const sorted = (texts: string[]) => [...texts].sort();
    const expected = TABLE.filter((row) => row.key === key).flatMap(tableFacts);
    const found = readingFacts(key, readNumbers(title));
    expect(sorted(found.map((fact) => `${fact.kind}: ${fact.text}`))).toEqual(
      sorted(expected.map((fact) => `${fact.kind}: ${fact.text}`)),
    );
  });

  it('leaves the numerals the table calls words unread', () => {
    const words = TABLE.filter((row) => row.class === 'word');
    expect(words.length).toBeGreaterThan(0);
    for (const row of words) {
      const title = byKey(row.key)?.title ?? '';
      const at = title.indexOf(row.words);
      const readings = readNumbers(title);
      const spans = [
        ...readings.commitments,
        ...readings.ordinals,
        ...readings.periods,
        ...readings.years,
        ...readings.quantities,
        ...readings.names,
      ];
      for (const one of spans) {
        const overlaps = one.start < at + row.words.length && at < one.start + one.words.length;
        expect(overlaps, `${row.key}: ${one.words} over ${row.words}`).toBe(false);
      }
    }
  });
});
