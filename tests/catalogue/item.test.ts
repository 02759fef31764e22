import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allOutcomeKeys, getOutcome, type OutcomeDetail } from '@/lib/catalogue';
import { buildTestDatabase, SOURCE_PATH, type TestDatabase } from '../support/catalogue-db';
import { expectedCatalogue, keysOf } from '../support/expected';

let db: TestDatabase;
const { list, items } = expectedCatalogue();

beforeAll(async () => {
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db.remove();
});

async function found(section: string, number: number): Promise<OutcomeDetail> {
  const lookup = await getOutcome(section, number);
  if (lookup?.status !== 'found') throw new Error(`${section}-${number} not found`);
  return lookup.outcome;
}

describe('getOutcome', () => {
  it('returns the item with its exact title, category and source lines', async () => {
    const outcome = await found('meetings', 111);
    const parsed = items.find((item) => item.key === 'meetings-111');
    expect(outcome).toMatchObject({
      key: 'meetings-111',
      title: parsed?.title,
      categoryInfo: {
        section: 'meetings',
        ordinal: 2,
        heading: '中方举办的其他活动',
        declaredCount: 77,
      },
    });
    const lines = readFileSync(SOURCE_PATH, 'utf8').split(/\r\n|\r|\n/);
    const [first, last] = parsed?.sourceLines ?? [0, 0];
    expect(outcome.source).toMatchObject({ firstLine: first, lastLine: last });
    expect(outcome.source.lines).toEqual(lines.slice(first - 1, last));
  });

  it('accepts the number as a route parameter string', async () => {
    expect((await getOutcome('documents', '88'))?.status).toBe('found');
  });

  it('gives places with how they were found, named before implied', async () => {
    const outcome = await found('documents', 88);
    const via = Object.fromEntries(outcome.placeLinks.map((p) => [p.slug, p.via]));
    expect(via).toMatchObject({ shenyang: 'named', liaoning: 'named', bukhara: 'named' });
    const parsed = items.find((item) => item.key === 'documents-88');
    expect(outcome.years).toEqual(parsed?.enrichment.years);
    expect(outcome.type.key).toBe(parsed?.enrichment.type);
  });

  it('links the previous and next item in printed order, across sections', async () => {
    const outcome = await found('meetings', 187);
    expect(outcome.previous?.key).toBe('meetings-186');
    expect(outcome.next?.key).toBe('documents-68');
    expect((await found('meetings', 24)).previous).toBeNull();
    expect((await found('initiatives', 36)).next).toBeNull();
  });

  it('links a forum and the initiative it produced, both ways', async () => {
    const forum = await found('meetings', 70);
    expect(forum.title).toBe('2025年上海合作组织民间友好论坛暨友好城市论坛');
    expect(forum.related.produced.map((r) => r.key)).toEqual(['documents-68']);
    const initiative = await found('documents', 68);
    expect(initiative.title).toBe('2025年上海合作组织民间友好论坛暨友好城市论坛沈阳倡议');
    expect(initiative.related.producedBy.map((r) => r.key)).toEqual(['meetings-70']);
    const qingdao = await found('documents', 70);
    expect(qingdao.related.producedBy.map((r) => r.key)).toEqual(['meetings-124']);
  });

  it('relates items naming the same city, and neighbours in the category', async () => {
    const outcome = await found('documents', 89);
    const shenyang = keysOf(
      items.filter((i) => i.title.includes('沈阳') && i.key !== 'documents-89'),
    );
    expect(outcome.related.samePlace.map((r) => r.key).sort()).toEqual(shenyang);
    const neighbours = outcome.related.sameCategory.map((r) => r.number);
    expect(neighbours).toContain(88);
    expect(neighbours).toContain(90);
    expect(neighbours).not.toContain(89);
    expect(outcome.related.sameCategory.every((r) => r.section === 'documents')).toBe(true);
  });

  it('answers "known but missing" for a number inside a category range that this copy lacks', async () => {
    const category = list.sections
      .flatMap((s) => s.categories.map((c) => ({ section: s.key, ...c })))
      .find((c) => c.missing.length > 0);
    const number = category?.missing[0] as number;
    expect(await getOutcome(category?.section as string, number)).toEqual({
      status: 'missing',
      section: category?.section,
      number,
      category: expect.objectContaining({ section: category?.section, ordinal: category?.ordinal }),
    });
    // The source lacks documents 1–67 and meetings 1–23.
    expect((await getOutcome('documents', 1))?.status).toBe('missing');
    expect((await getOutcome('meetings', 23))?.status).toBe('missing');
  });

  it('returns null beyond every range and for nonsense addresses', async () => {
    expect(await getOutcome('initiatives', 37)).toBeNull();
    expect(await getOutcome('meetings', 500)).toBeNull();
    expect(await getOutcome('speeches', 1)).toBeNull();
    expect(await getOutcome('meetings', 'x1')).toBeNull();
    expect(await getOutcome('meetings', -1)).toBeNull();
  });

  it.each(['024', '24.0', '2.4e1', '0x18', ' 24', '+24', '２４'])(
    'finds an item only at its one address, not at %j',
    async (number) => {
      expect(await getOutcome('meetings', number)).toBeNull();
    },
  );
});

describe('allOutcomeKeys', () => {
  it('lists every item once, in printed order', async () => {
    const keys = await allOutcomeKeys();
    expect(keys.map((k) => k.key).sort()).toEqual(keysOf(items));
    expect(keys[0]).toEqual({ key: 'meetings-24', section: 'meetings', number: 24 });
    expect(keys.at(-1)?.key).toBe('initiatives-36');
  });
});
