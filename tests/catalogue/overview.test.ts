import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getOverview, getSource } from '@/lib/catalogue';
import { OUTCOME_TYPES, TOPICS } from '@/lib/enrich';
import { buildTestDatabase, SOURCE_PATH, type TestDatabase } from '../support/catalogue-db';
import { expectedCatalogue } from '../support/expected';

let db: TestDatabase;
const { list, items } = expectedCatalogue();

beforeAll(async () => {
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db.remove();
});

describe('getOverview', () => {
  it('names the list and the source copy', async () => {
    const overview = await getOverview();
    expect(overview.title).toBe(list.title);
    expect(overview.source).toMatchObject({
      fileName: 'xinhua-sco-outcomes-2025-09-02.txt',
      publishedOn: '2025-09-02',
    });
  });

  it('counts found vs declared per section and category, with the missing runs', async () => {
    const overview = await getOverview();
    expect(overview.found).toBe(items.length);
    expect(overview.sections.map((s) => [s.key, s.found])).toEqual([
      ['meetings', 164],
      ['documents', 23],
      ['initiatives', 36],
    ]);
    for (const section of list.sections) {
      const shown = overview.sections.find((s) => s.key === section.key);
      expect(shown?.categories.map((c) => [c.ordinal, c.declaredCount, c.found])).toEqual(
        section.categories.map((c) => [c.ordinal, c.declaredCount, c.numbers.length]),
      );
      for (const category of section.categories) {
        const missing =
          shown?.categories.find((c) => c.ordinal === category.ordinal)?.missing ?? [];
        expect(
          missing.flatMap(({ first, last }) =>
            Array.from({ length: last - first + 1 }, (_, i) => first + i),
          ),
        ).toEqual(category.missing);
      }
    }
    const initiatives = overview.sections.find((s) => s.key === 'initiatives');
    expect(initiatives).toMatchObject({ declared: 36, found: 36 });
  });

  it('counts items per type and topic, and places them for the map', async () => {
    const overview = await getOverview();
    expect(overview.types.map((t) => t.key)).toEqual(OUTCOME_TYPES.map((t) => t.key));
    for (const type of overview.types) {
      expect(type.count, type.key).toBe(items.filter((i) => i.enrichment.type === type.key).length);
    }
    expect(overview.topics.map((t) => t.key)).toEqual(TOPICS.map((t) => t.key));
    for (const topic of overview.topics) {
      expect(topic.count, topic.key).toBe(
        items.filter((i) => i.enrichment.topics.includes(topic.key)).length,
      );
    }
    expect(overview.places.every((p) => p.count > 0 && typeof p.lat === 'number')).toBe(true);
    expect(overview.places.map((p) => p.slug)).toContain('shenyang');
  });
});

describe('getSource', () => {
  it('gives every source line with the item read from it or why it was skipped', async () => {
    const source = await getSource();
    const text = readFileSync(SOURCE_PATH, 'utf8').split(/\r\n|\r|\n/);
    expect(source.lines.map((l) => l.text)).toEqual(text);
    for (const item of items) {
      expect(source.lines[item.sourceLines[0] - 1]?.itemKey).toBe(item.key);
    }
    const skipped = list.issues.filter((issue) => issue.kind === 'skipped-lines');
    expect(source.skipped).toHaveLength(skipped.length);
    for (const run of source.skipped) {
      expect(source.lines[run.first - 1]?.skipped).toBe(run.reason);
    }
    expect(source.issues).toEqual(list.issues);
  });
});
