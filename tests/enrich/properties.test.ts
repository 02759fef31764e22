import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import gazetteer from '@/data/gazetteer.json' with { type: 'json' };
import { enrichItem, enrichList, FACTS, OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { PLACE_REASONS } from '@/lib/enrich/types';
import { SECTION_KEYS } from '@/lib/parser/types';

const bySlug = new Map(PLACES.map((place) => [place.slug, place]));
const aliasesOf = (slug: string) => bySlug.get(slug)?.aliases ?? [];

/**
 * Fragments that exercise the matchers and their traps: names, masks, abbreviations and the
 * words around them, facts' wordings, type keywords, years and amounts, dashes.
 */
const FRAGMENTS = [
  ...PLACES.flatMap((place) => place.aliases),
  ...gazetteer.maskPhrases,
  ...gazetteer.abbreviations.flatMap((rule) => [rule.text, ...rule.contexts]),
  ...FACTS.flatMap((fact) => fact.wording),
  '津贴',
  '华人',
  '上合',
  '会议',
  '论坛',
  '研修班',
  '发展',
  '展播',
  '签约仪式',
  '活动',
  '倡议',
  '暨',
  '和',
  '“',
  '”',
  '2024—2025年',
  '2023年',
  '2026年',
  '20亿元',
  '—',
  '-',
];

const titleFrom = (fragments: readonly string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), { maxLength: 8 })
    .map((parts) => parts.join(''));
const title = titleFrom(FRAGMENTS);
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

  it('returns known places, each once, with every ancestor, strongest reasons first', () => {
    fc.assert(
      fc.property(input, (item) => {
        const places = enrichItem(item).places;
        const slugs = places.map((place) => place.slug);
        expect(new Set(slugs).size).toBe(slugs.length);
        const ranks = places.map((place) => PLACE_REASONS.indexOf(place.via));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        for (const slug of slugs) {
          const place = bySlug.get(slug);
          expect(place).toBeDefined();
          if (place?.parent) expect(slugs).toContain(place.parent);
        }
      }),
    );
  });

  it('tags as parent only what contains another of the item’s places', () => {
    fc.assert(
      fc.property(input, (item) => {
        const places = enrichItem(item).places;
        const given = places.filter((place) => place.via !== 'parent').map((place) => place.slug);
        for (const place of places.filter((one) => one.via === 'parent')) {
          const contains = given.some((slug) => {
            for (let up = bySlug.get(slug)?.parent; up; up = bySlug.get(up)?.parent) {
              if (up === place.slug) return true;
            }
            return false;
          });
          expect(contains, place.slug).toBe(true);
        }
      }),
    );
  });

  it('says why: the word read, the fact invoked, nothing for named places and parents', () => {
    fc.assert(
      fc.property(input, (item) => {
        for (const place of enrichItem(item).places) {
          if (place.via === 'abbreviation') {
            const rule = gazetteer.abbreviations.find((one) =>
              one.contexts.includes(place.ref ?? ''),
            );
            expect(rule?.place).toBe(place.slug);
            expect(item.title).toContain(place.ref);
          } else if (place.via === 'fact') {
            const fact = FACTS.find((one) => one.id === place.ref);
            expect(fact?.place).toBe(place.slug);
            expect(fact?.wording.some((words) => item.title.includes(words))).toBe(true);
          } else expect(place.ref).toBeNull();
        }
      }),
    );
  });

  it('never reads 中方 as China outside the initiatives section', () => {
    fc.assert(
      fc.property(fc.constantFrom('meetings', 'documents' as const), title, (section, text) => {
        const refs = enrichItem({ section, title: text })
          .places.filter((place) => place.via === 'abbreviation')
          .map((place) => place.ref);
        expect(refs).not.toContain('中方');
      }),
    );
  });

  it('never reads Russia in 白俄罗斯, nor Shanghai in 上海合作组织 or 上海精神', () => {
    const without = (slugs: string[]) => {
      const hidden = slugs.flatMap(aliasesOf);
      return FRAGMENTS.filter((fragment) => !hidden.some((alias) => fragment.includes(alias)));
    };
    const traps = fc
      .tuple(
        titleFrom(without(['russia', 'shanghai'])),
        fc.constantFrom('白俄罗斯', '上海合作组织', '上海精神'),
        titleFrom(without(['russia', 'shanghai'])),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_KEYS), traps, (section, text) => {
        const named = enrichItem({ section, title: text })
          .places.filter((place) => place.via === 'named')
          .map((place) => place.slug);
        expect(named).not.toContain('russia');
        expect(named).not.toContain('shanghai');
      }),
    );
  });

  it('never reads 津 as Tianjin outside 津彩 and 津通', () => {
    const summit = FACTS.filter((fact) => fact.place === 'tianjin').flatMap((fact) => fact.wording);
    const spelled = ['津彩', '津通', ...aliasesOf('tianjin'), ...summit];
    const free = FRAGMENTS.filter((fragment) => !spelled.some((word) => fragment.includes(word)));
    fc.assert(
      fc.property(fc.constantFrom(...SECTION_KEYS), titleFrom([...free, '津']), (section, text) => {
        // Joining fragments may still spell one of them (津 + 彩…): only titles without count.
        fc.pre(!spelled.some((word) => text.includes(word)));
        const slugs = enrichItem({ section, title: text }).places.map((place) => place.slug);
        expect(slugs).not.toContain('tianjin');
      }),
    );
  });

  it('returns known type and topic keys and ordered, stated years', () => {
    const typeKeys = OUTCOME_TYPES.map((type) => type.key);
    const topicKeys = TOPICS.map((topic) => topic.key);
    fc.assert(
      fc.property(input, (item) => {
        const { type, secondaryType, topics, years } = enrichItem(item);
        expect(typeKeys).toContain(type);
        if (secondaryType !== null) {
          expect(typeKeys).toContain(secondaryType);
          expect(secondaryType).not.toBe(type);
        }
        expect(topics).toEqual(topicKeys.filter((key) => topics.includes(key)));
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
        for (const year of years) expect(item.title).toContain(String(year));
      }),
    );
  });

  it('enriches each item of a list as alone, but for the places its links and heading add', () => {
    const list = fc.record({
      items: fc.array(
        fc.record({
          section: fc.constantFrom(...SECTION_KEYS),
          category: fc.constantFrom(1, 2),
          title,
          number: fc.nat(),
        }),
        { maxLength: 6 },
      ),
      headings: fc.array(fc.option(title, { nil: null }), { minLength: 6, maxLength: 6 }),
    });
    let added = 0;
    let runs = 0;
    fc.assert(
      fc.property(list, ({ items, headings }) => {
        runs += 1;
        const sections = SECTION_KEYS.map((key, index) => ({
          key,
          categories: [1, 2].map((ordinal) => ({
            ordinal,
            heading: headings[index * 2 + ordinal - 1] ?? null,
          })),
        }));
        const { enrichments } = enrichList(items, sections);
        items.forEach((item, index) => {
          const alone = enrichItem(item);
          const together = enrichments[index];
          expect({ ...together, places: [] }).toEqual({ ...alone, places: [] });
          const reason = ({ slug, via, ref }: { slug: string; via: string; ref: string | null }) =>
            `${slug}:${via}=${ref}`;
          const kept = new Set((together?.places ?? []).map(reason));
          for (const place of alone.places.filter((one) => one.via !== 'parent'))
            expect(kept).toContain(reason(place));
          const more = (together?.places ?? []).filter(
            (place) => !alone.places.some((own) => reason(own) === reason(place)),
          );
          for (const place of more) expect(['linked', 'heading', 'parent']).toContain(place.via);
          if (more.some((place) => place.via === 'heading')) added += 1;
        });
      }),
    );
    // Most generated headings name nothing; this many runs must still add a heading's place.
    expect(added / runs).toBeGreaterThanOrEqual(0.2);
  });
});
