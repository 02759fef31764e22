import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, EMPTY_FILTERS, exportOutcomes, listOutcomes } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { EXPORT_ROWS_MAX, PAGE_SIZE_MAX } from '@/lib/constants';
import { buildTestDatabase, type TestDatabase } from '../support/catalogue-db';

/**
 * The export cap needs a list longer than EXPORT_ROWS_MAX: a copy of the list's initiatives
 * section written out with that many items, in the list's own format, read by the real parser
 * and ingest into a database of its own.
 */

const FIRST = EXPORT_ROWS_MAX / 2;
const SIZE = EXPORT_ROWS_MAX + 5;

let db: TestDatabase;
let catalogue: Catalogue;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'long-list-'));
  const source = join(dir, 'long-list.txt');
  const lines = ['三、合作倡议', '', `（一）中方在天津峰会上提出的倡议（共${FIRST}项）`, ''];
  for (let n = 1; n <= SIZE; n += 1) {
    if (n === FIRST + 1) lines.push('', `（二）中方其他倡议（共${SIZE - FIRST}项）`, '');
    lines.push(`${n}.中方将举办第${n}期上海合作组织研修班`);
  }
  await writeFile(source, `${lines.join('\n')}\n`);
  db = await buildTestDatabase(source);
  await rm(dir, { recursive: true, force: true });
  catalogue = await loadedCatalogue();
}, 120_000);

afterAll(async () => {
  await db?.remove();
});

describe(`a list of ${SIZE} items`, () => {
  it('is read whole', () => {
    expect(catalogue.items).toHaveLength(SIZE);
    expect(catalogue.categories.map((c) => [c.value, c.found])).toEqual([
      ['initiatives.1', FIRST],
      ['initiatives.2', SIZE - FIRST],
    ]);
  });

  it(`exports at most ${EXPORT_ROWS_MAX} rows, in order, says it stopped, and gives the true total`, () => {
    const exported = exportOutcomes(catalogue, EMPTY_FILTERS, null);
    expect(exported.total).toBe(SIZE);
    expect(exported.truncated).toBe(true);
    expect(exported.rows).toHaveLength(EXPORT_ROWS_MAX);
    expect(exported.rows.map((row) => row.number)).toEqual(
      Array.from({ length: EXPORT_ROWS_MAX }, (_, i) => i + 1),
    );
  });

  it('exports a view under the cap whole', () => {
    const exported = exportOutcomes(
      catalogue,
      { ...EMPTY_FILTERS, category: ['initiatives.2'] },
      null,
    );
    expect(exported).toMatchObject({ total: SIZE - FIRST, truncated: false });
    expect(exported.rows[0]?.number).toBe(FIRST + 1);
    expect(exported.rows.at(-1)?.number).toBe(SIZE);
  });

  it('pages past the export cap: listing is not capped', () => {
    const page = Math.ceil(SIZE / PAGE_SIZE_MAX);
    const listing = listOutcomes(
      catalogue,
      { ...EMPTY_FILTERS, page, pageSize: PAGE_SIZE_MAX },
      null,
    );
    expect(listing.total).toBe(SIZE);
    expect(listing.items.map((item) => item.number)).toEqual(
      Array.from(
        { length: SIZE - (page - 1) * PAGE_SIZE_MAX },
        (_, i) => (page - 1) * PAGE_SIZE_MAX + i + 1,
      ),
    );
    expect(listing.facets.category).toEqual([
      { value: 'initiatives.1', parent: null, count: FIRST, inferred: 0 },
      { value: 'initiatives.2', parent: null, count: SIZE - FIRST, inferred: 0 },
    ]);
  });
});
