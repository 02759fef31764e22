import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, insertedLines, OwnedCommands } from '../e2e/support/scratch-project';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { EXPECTED } from '../support/expected';

/**
 * "A new facet is one declaration and its names": this test adds one to a scratch copy of the
 * project exactly that way — an entry in lib/catalogue/facet-table.ts and its name in each
 * messages file, nothing else — and finds it, over the real list's catalogue, in the facet panel
 * (the server component rendered), the address (a value in the query string filters), the API
 * (its facets and items, through the route's handler), the CSV export (through its handler) and
 * the Data Package's items table (its schema and rows).
 * The facet, the parity of the number the list prints, is one whose answers the hand-made table
 * (tests/support/expected.ts) gives without the code: which items have odd numbers.
 */

const PROJECT = process.cwd();
const COPY = join(PROJECT, 'var', 'added-facet');
const RESULT = join(COPY, 'probe-result.json');

const DECLARATION = `  parity: {
    accepts: 'vocabulary',
    valuesOf: (item) => [item.number % 2 === 1 ? 'odd' : 'even'],
    vocabulary: () => [flat('odd'), flat('even')],
    inOrder: true,
    label: {
      kind: 'term',
      term: (_, value) =>
        value === 'odd' ? { names: { zh: '单号', en: 'Odd' } } : value === 'even' ? { names: { zh: '双号', en: 'Even' } } : undefined,
    },
  },`;

const NAMES = { 'zh-CN': '编号单双', en: 'Number parity' } as const;

/** Inserts `lines` after the first line matching `after`; the insertion is all that changes. */
async function insertAfter(path: string, after: RegExp, lines: string): Promise<string[]> {
  const before = await readFile(path, 'utf8');
  const match = after.exec(before);
  if (!match) throw new Error(`${path}: no line matches ${after}`);
  const end = before.indexOf('\n', match.index) + 1;
  const changed = `${before.slice(0, end)}${lines}\n${before.slice(end)}`;
  await writeFile(path, changed);
  return insertedLines(before, changed);
}

/** Run inside the copy by its own Vitest: what the site's parts make of the added facet. */
const PROBE = `import { writeFileSync } from 'node:fs';
import { NextRequest } from 'next/server';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { it } from 'vitest';
import { EMPTY_FILTERS, listOutcomes } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { LOCALE_LIST } from '@/lib/i18n/locale';
import { FacetPanel } from '@/components/outcomes/facet-panel';
import { GET as api } from '@/app/api/outcomes/route';
import { GET as csv } from '@/app/api/outcomes.csv/route';
import { dataPackage, tableCsv } from '@/lib/share/datapackage';

const call = (handler, query) => handler(new NextRequest('http://localhost/api' + query));

it('probes', async () => {
  const catalogue = await loadedCatalogue();
  const english = LOCALE_LIST.find((locale) => locale.key === 'en');
  const listing = listOutcomes(catalogue, EMPTY_FILTERS, null);
  const panel = renderToStaticMarkup(
    createElement(FacetPanel, { locale: english, catalogue, filters: EMPTY_FILTERS, facets: listing.facets }),
  );
  const all = await (await call(api, '/outcomes?lang=en')).json();
  const odd = await (await call(api, '/outcomes?parity=odd&pageSize=100')).json();
  const invalid = await call(api, '/outcomes?parity=prime');
  const sheet = await (await call(csv, '/outcomes.csv?parity=odd&lang=en')).text();
  writeFileSync(process.env.PROBE_RESULT, JSON.stringify({
    panel,
    facets: all.facets.parity,
    odd: { total: odd.total, keys: odd.items.map((item) => item.key) },
    invalid: { status: invalid.status, body: await invalid.json() },
    csv: sheet,
    schema: dataPackage(catalogue).resources[0].schema.fields,
    table: tableCsv(catalogue, 'items'),
  }));
});
`;

const VITEST_CONFIG = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': ${JSON.stringify(COPY)},
      'server-only': ${JSON.stringify(join(PROJECT, 'node_modules', 'server-only', 'empty.js'))},
    },
  },
  test: { include: ['probe.test.ts'], testTimeout: 60_000 },
});
`;

interface Probe {
  panel: string;
  facets: Array<{ value: string; label: string; count: number }>;
  odd: { total: number; keys: string[] };
  invalid: { status: number; body: { issues: Array<{ param: string; value: string }> } };
  csv: string;
  schema: Array<{ name: string; type: string }>;
  table: string;
}

const commands = new OwnedCommands();
let database: TestDatabase;
let inserted: string[];
let probe: Probe;

/** By the hand-made table: the items whose printed number is odd, in list order. */
const ODD = EXPECTED.filter((item) => item.number % 2 === 1).map((item) => item.key);
const EVEN_COUNT = EXPECTED.length - ODD.length;

beforeAll(async () => {
  database = await useTestCatalogue();
  await copyProject(PROJECT, COPY);
  inserted = [
    ...(await insertAfter(
      join(COPY, 'lib', 'catalogue', 'facet-table.ts'),
      /^export const FACETS = \{$/m,
      DECLARATION,
    )),
    ...(await insertAfter(
      join(COPY, 'lib', 'messages', 'zh-CN.ts'),
      /^ {6}names: \{$/m,
      `        parity: '${NAMES['zh-CN']}',`,
    )),
    ...(await insertAfter(
      join(COPY, 'lib', 'messages', 'en.ts'),
      /^ {6}names: \{$/m,
      `        parity: '${NAMES.en}',`,
    )),
  ];
  await writeFile(join(COPY, 'probe.test.ts'), PROBE);
  await writeFile(join(COPY, 'vitest.config.ts'), VITEST_CONFIG);
  await commands.run(
    join(PROJECT, 'node_modules', '.bin', 'vitest'),
    ['run', '--root', COPY, '--maxWorkers=1'],
    {
      cwd: COPY,
      env: { ...process.env, DATABASE_URL: database.url, PROBE_RESULT: RESULT },
    },
  );
  probe = JSON.parse(await readFile(RESULT, 'utf8')) as Probe;
}, 240_000);

afterAll(async () => {
  await commands.stopAll();
  await rm(COPY, { recursive: true, force: true });
  await database?.remove();
});

describe('a facet added by one declaration and its names', () => {
  it('took one entry of the facet table and one line in each messages file', () => {
    expect(inserted).toHaveLength(DECLARATION.split('\n').length + 2);
  });

  it('is counted by the API, each value named in the language asked for', () => {
    expect(ODD.length).toBeGreaterThan(0);
    expect(EVEN_COUNT).toBeGreaterThan(0);
    expect(probe.facets).toEqual([
      { value: 'odd', label: 'Odd', count: ODD.length },
      { value: 'even', label: 'Even', count: EVEN_COUNT },
    ]);
  });

  it('filters by a value in the address, and refuses a value it does not know', () => {
    expect(probe.odd).toEqual({ total: ODD.length, keys: ODD.slice(0, 100) });
    expect(probe.invalid.status).toBe(400);
    expect(probe.invalid.body.issues).toEqual([
      expect.objectContaining({ param: 'parity', value: 'prime' }),
    ]);
  });

  it('is in the facet panel under its name, each value a link to its view', () => {
    expect(probe.panel).toContain(NAMES.en);
    expect(probe.panel).toMatch(/href="[^"]*parity=odd[^"]*"/);
    expect(probe.panel).toMatch(/href="[^"]*parity=even[^"]*"/);
  });

  it('has a column in the CSV export, headed by its name, before the URL', () => {
    const [header = '', ...rows] = probe.csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header.split(',');
    expect(columns.at(-2)).toBe(NAMES.en);
    const written = rows.filter((row) => row !== '');
    expect(written).toHaveLength(ODD.length);
    for (const row of written) expect(row.split(',').at(-2)).toBe('odd');
  });

  it('is a field of the Data Package’s items table, in its schema and its rows', () => {
    // Unranked, it stands after the ranked facets' fields (years) and before the source lines.
    expect(probe.schema.map((field) => field.name).slice(-5)).toEqual([
      'years',
      'parity',
      'first_line',
      'last_line',
      'url',
    ]);
    expect(probe.schema[probe.schema.length - 4]?.type).toBe('string');
    const [header = '', ...rows] = probe.table.split('\r\n').filter((row) => row !== '');
    expect(header.split(',').at(-4)).toBe('parity');
    // Counted from the end: the title before it may hold commas; the lines and URL do not.
    expect(rows.map((row) => row.split(',').at(-4))).toEqual(
      EXPECTED.map((item) => (item.number % 2 === 1 ? 'odd' : 'even')),
    );
  });
});
