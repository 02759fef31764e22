import { createHash } from 'node:crypto';
import type { CatalogueData } from '@/lib/db/load';
import type { IngestVersions } from '@/lib/db/versions';
import { enrichList, FACTS, OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { type ParsedItem, type ParsedList, SECTION_KEYS } from '@/lib/parser/types';

/** mulberry32: a tiny seeded generator, so the same seed always yields the same catalogue. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const YEARS = ['', '', '2024年', '2025年', '2024—2025年'];

/**
 * A catalogue of `size` items shaped like the real one: each title is a real title of the
 * same section, prefixed by a random gazetteer place and an optional year, and given an
 * edition number, so that places, types, topics and years come from the real enrichment
 * rules and search hits the same kinds of text. Sections keep the real list's proportions;
 * each has two categories that split its numbers in half.
 */
export function syntheticCatalogue(
  real: ParsedList,
  size: number,
  seed: number,
  versions: IngestVersions,
): CatalogueData {
  const random = seededRandom(seed);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)] as T;
  const titlesBySection = new Map(
    SECTION_KEYS.map((key) => [
      key,
      real.items.filter((i) => i.section === key).map((i) => i.title),
    ]),
  );
  const items: ParsedItem[] = [];
  const lines: string[] = [];
  const sections = SECTION_KEYS.map((key, index) => {
    const share = (titlesBySection.get(key)?.length ?? 0) / real.items.length;
    const count =
      index === SECTION_KEYS.length - 1 ? size - items.length : Math.round(size * share);
    const half = Math.ceil(count / 2);
    for (let number = 1; number <= count; number += 1) {
      const place = pick(PLACES);
      const title = `${pick(YEARS)}${place.names.zh}${pick(titlesBySection.get(key) ?? [])}（第${number}期）`;
      lines.push(`${number}.${title}`);
      const line = lines.length;
      items.push({
        section: key,
        category: number <= half ? 1 : 2,
        number,
        title,
        sourceLines: [line, line],
      });
    }
    const category = (ordinal: number, first: number, last: number) => ({
      ordinal,
      heading: `合成类别${ordinal}`,
      declaredCount: last - first + 1,
      declaredMeasure: '项',
      inferred: false,
      range: { first, last },
      numbers: Array.from({ length: last - first + 1 }, (_, i) => first + i),
      missing: [],
      line: null,
    });
    return {
      key,
      ordinal: index + 1,
      heading: real.sections.find((s) => s.key === key)?.heading ?? null,
      inferred: false,
      line: null,
      categories: [category(1, 1, half), category(2, half + 1, count)],
    };
  });
  const text = lines.join('\n');
  return {
    source: {
      fileName: `synthetic-${size}-seed-${seed}.txt`,
      sha256: createHash('sha256').update(text).digest('hex'),
      publication: { dispatch: null, page: null },
      text,
      versions,
    },
    list: {
      title: real.title,
      publication: { dateline: null, pageDate: null },
      sections,
      items,
      issues: [],
    },
    ...enrichList(items, sections),
    places: PLACES,
    outcomeTypes: OUTCOME_TYPES,
    topics: TOPICS,
    facts: FACTS,
    translations: [],
  };
}
