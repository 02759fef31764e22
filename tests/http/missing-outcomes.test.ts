import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingOutcomeKeys } from '@/lib/catalogue';
import { isMissingOutcomePath } from '@/lib/http/missing-outcomes';
import { buildTestDatabase, type TestDatabase } from '../support/catalogue-db';

let db: TestDatabase;

beforeAll(async () => {
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db.remove();
});

describe('missingOutcomeKeys', () => {
  it('lists every number of the missing ranges, in list order', async () => {
    const keys = await missingOutcomeKeys();
    const meetings = keys.filter((key) => key.section === 'meetings').map((key) => key.number);
    const documents = keys.filter((key) => key.section === 'documents').map((key) => key.number);
    expect(meetings).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(documents).toEqual(Array.from({ length: 67 }, (_, i) => i + 1));
    expect(keys).toHaveLength(90);
  });
});

describe('isMissingOutcomePath', () => {
  it.each(['/outcomes/meetings/1', '/outcomes/meetings/23', '/outcomes/documents/30'])(
    '%s is missing from the copy',
    async (path) => {
      expect(await isMissingOutcomePath(path)).toBe(true);
    },
  );

  it.each([
    '/outcomes/meetings/24',
    '/outcomes/documents/88',
    '/outcomes/meetings/999',
    '/outcomes/meetings/05',
    '/outcomes/meetings/5/extra',
    '/outcomes/bogus/5',
    '/places/shenyang',
    '/',
  ])('%s is not', async (path) => {
    expect(await isMissingOutcomePath(path)).toBe(false);
  });
});
