import { describe, expect, it } from 'vitest';
import { enrichList, itemKey } from '@/lib/enrich';
import { PLACE_REASONS, type PlaceReason } from '@/lib/enrich/types';
import { parseSource } from '@/lib/parser';
import { EXPECTED } from '../support/expected';
import { SOURCE_BYTES } from '../support/source';

/**
 * The enrichment of the real list against the hand-made oracle (tests/fixtures/
 * expected-enrichment.tsv, made by reading the titles against the rules, not from the code):
 * every place tag with how it was reached, and every item's type and secondary type.
 */

const parsed = parseSource(SOURCE_BYTES).items;
const { enrichments } = enrichList(parsed);
const actual = parsed.map((item, index) => ({ key: itemKey(item), ...enrichments[index] }));

/**
 * One tag as both sides can spell it. The table gives no word for an abbreviation (the code
 * keeps the word it read, 津彩, as `ref`), so those compare on place and reason alone.
 */
const tag = (key: string, slug: string, via: string, ref: string | null) =>
  `${key} ${slug}:${via}${via === 'abbreviation' || ref === null ? '' : `=${ref}`}`;

const expectedTags = EXPECTED.flatMap((item) =>
  item.places.map((place) => ({
    via: place.via,
    text: tag(item.key, place.slug, place.via, place.ref),
  })),
);
const actualTags = actual.flatMap((item) =>
  (item.places ?? []).map((place) => ({
    via: place.via as string,
    text: tag(item.key, place.slug, place.via, place.ref),
  })),
);

interface Figures {
  via: string;
  expected: number;
  found: number;
  correct: number;
}

function figures(via: PlaceReason | 'all'): Figures {
  const pick = (tags: typeof expectedTags) =>
    new Set(tags.filter((one) => via === 'all' || one.via === via).map((one) => one.text));
  const expected = pick(expectedTags);
  const found = pick(actualTags);
  const correct = [...found].filter((text) => expected.has(text)).length;
  return { via, expected: expected.size, found: found.size, correct };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

describe('enrichment of the real list against the hand-made oracle', () => {
  it('lists the same 223 items in the same order', () => {
    expect(actual.map((item) => item.key)).toEqual(EXPECTED.map((item) => item.key));
    expect(actual).toHaveLength(223);
  });

  it('tags places with full precision and at least 98% recall', () => {
    const rows = [...PLACE_REASONS, 'all' as const].map(figures);
    console.log(
      [
        'via           expected  found  correct  precision  recall',
        ...rows.map(
          (row) =>
            `${row.via.padEnd(13)} ${String(row.expected).padStart(8)} ${String(row.found).padStart(6)} ${String(row.correct).padStart(8)} ${percent(row.correct, row.found).padStart(10)} ${percent(row.correct, row.expected).padStart(7)}`,
        ),
      ].join('\n'),
    );
    const all = rows.at(-1) as Figures;
    // Every tag made is right: the list shows no place a reader would not give.
    expect(
      actualTags
        .map((one) => one.text)
        .filter((text) => !expectedTags.some((e) => e.text === text)),
    ).toEqual([]);
    expect(all.correct).toBe(all.found);
    expect(all.correct / all.expected).toBeGreaterThanOrEqual(0.98);
  });

  it('lists each item’s places in the table’s order: named in title order, then by reason', () => {
    const sequence = (
      key: string,
      places: ReadonlyArray<{ slug: string; via: string; ref: string | null }>,
    ) => places.map((place) => tag(key, place.slug, place.via, place.ref));
    expect(actual.map((item) => sequence(item.key, item.places ?? []))).toEqual(
      EXPECTED.map((item) => sequence(item.key, item.places)),
    );
  });

  it('gives every item the type and secondary type a reader gives it', () => {
    const types = (
      items: ReadonlyArray<{ key: string; type?: string; secondaryType?: string | null }>,
    ) =>
      items.map(
        (item) => `${item.key} ${item.type}${item.secondaryType ? `+${item.secondaryType}` : ''}`,
      );
    expect(types(actual)).toEqual(types(EXPECTED));
  });
});
