import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import gazetteer from '@/data/gazetteer.json' with { type: 'json' };
import { enrichItem, OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { SECTION_KEYS } from '@/lib/parser/types';

const bySlug = new Map(PLACES.map((place) => [place.slug, place]));

/** Fragments that exercise the matchers: names, their traps, keywords, digits, dashes. */
const FRAGMENTS = [
  ...PLACES.flatMap((place) => place.aliases),
  ...gazetteer.maskPhrases,
  '上合',
  '会议',
  '论坛',
  '研修班',
  '发展',
  '展播',
  '签约仪式',
  '活动',
  '倡议',
  '2024—2025年',
  '20亿元',
  '—',
  '-',
];

const title = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''));
const input = fc.record({ section: fc.constantFrom(...SECTION_KEYS), title });

describe('enrichment properties', () => {
  it('is deterministic and keeps no state between calls', () => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const first = enrichItem(a);
        enrichItem(b);
        expect(enrichItem(a)).toEqual(first);
      }),
    );
  });

  it('returns only known places, each once, with every ancestor, named before implied', () => {
    fc.assert(
      fc.property(input, (item) => {
        const places = enrichItem(item).places;
        const slugs = places.map((place) => place.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        const firstImplied = places.findIndex((place) => place.via === 'implied');
        if (firstImplied !== -1) {
          expect(places.slice(firstImplied).every((place) => place.via === 'implied')).toBe(true);
        }
        for (const slug of slugs) {
          const place = bySlug.get(slug);
          expect(place).toBeDefined();
          if (place?.parent) expect(slugs).toContain(place.parent);
        }
      }),
    );
  });

  it('returns known type and topic keys and ordered, stated years', () => {
    const typeKeys = OUTCOME_TYPES.map((type) => type.key);
    const topicKeys = TOPICS.map((topic) => topic.key);
    fc.assert(
      fc.property(input, (item) => {
        const { type, topics, years } = enrichItem(item);
        expect(typeKeys).toContain(type);
        expect(topics).toEqual(topicKeys.filter((key) => topics.includes(key)));
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
        for (const year of years) expect(item.title).toContain(String(year));
      }),
    );
  });
});
