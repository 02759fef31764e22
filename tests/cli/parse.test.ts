import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueItem, PlaceTag } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';
import { SOURCE_PATH } from '../support/source';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules/.bin/tsx');

async function parse(...args: string[]) {
  try {
    const { stdout, stderr } = await run(TSX, ['scripts/parse.ts', ...args], {
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let db: TestDatabase;
let catalogue: Awaited<ReturnType<typeof loadedCatalogue>>;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
});

afterAll(async () => {
  await db.remove();
});

interface PrintedPlace {
  slug: string;
  via: string;
  ref: string | null;
  role: string;
}

interface PrintedItem {
  section: string;
  number: number;
  places: PrintedPlace[];
  type: string;
  secondaryType: string | null;
  topics: string[];
  years: number[];
  produced: string[];
  producedBy: string[];
}

const keyOf = (item: PrintedItem) => `${item.section}-${item.number}`;

function facts({ places, type, secondaryType, topics, years, produced, producedBy }: PrintedItem) {
  return { places, type, secondaryType, topics, years, produced, producedBy };
}

function printedPlace(tag: PlaceTag): PrintedPlace {
  return {
    slug: tag.place.slug,
    via: tag.via,
    ref: tag.fact?.id ?? tag.linked?.key ?? tag.word ?? tag.heading?.value ?? null,
    role: tag.role,
  };
}

describe('npm run parse', () => {
  it('prints the parsed and enriched list as JSON', async () => {
    const { code, stdout } = await parse(SOURCE_PATH);
    expect(code).toBe(0);
    const list = JSON.parse(stdout);
    expect(list.items).toHaveLength(223);
    expect(list.items[0]).toMatchObject({
      section: 'meetings',
      category: 1,
      number: 24,
      title: '上海合作组织成员国交通部长第十二次会议',
      type: 'meeting',
    });
  });

  it("prints what the catalogue stores: every item's places, types, topics and links", async () => {
    const { stdout } = await parse(SOURCE_PATH);
    const printed = (JSON.parse(stdout) as { items: PrintedItem[] }).items;
    const stored = catalogue.items;
    expect(printed.map(keyOf)).toEqual(stored.map((item) => item.key));
    printed.forEach((item, index) => {
      const expected = stored[index] as CatalogueItem;
      const keyAt = (i: number) => catalogue.items[i]?.key;
      expect({ key: keyOf(item), ...facts(item) }).toEqual({
        key: expected.key,
        places: expected.places.map(printedPlace),
        type: expected.type.key,
        secondaryType: expected.secondaryType?.key ?? null,
        topics: expected.topics.map((topic) => topic.key),
        years: expected.years.map(Number),
        produced: expected.produced.map(keyAt),
        producedBy: expected.producedBy.map(keyAt),
      });
    });
  });

  it('prints the venues that only a linked item names (tests/fixtures/expected-enrichment.tsv)', async () => {
    const items = (JSON.parse((await parse(SOURCE_PATH)).stdout) as { items: PrintedItem[] }).items;
    const byKey = new Map(items.map((item) => [keyOf(item), item]));
    expect(byKey.get('meetings-70')?.places).toContainEqual({
      slug: 'shenyang',
      via: 'linked',
      ref: 'documents-68',
      role: 'venue',
    });
    expect(byKey.get('meetings-124')?.places).toContainEqual({
      slug: 'qingdao',
      via: 'linked',
      ref: 'documents-70',
      role: 'venue',
    });
    expect(byKey.get('documents-68')?.producedBy).toEqual(['meetings-70']);
  });

  it('--report prints the publication facts, sections, counts and what is missing', async () => {
    const { code, stdout } = await parse(SOURCE_PATH, '--report');
    expect(code).toBe(0);
    expect(stdout).toContain('dateline: （新华社天津9月1日电）, line 101, closing initiatives 36');
    expect(stdout).toContain('page date: 2025-09-02, line 288');
    expect(stdout).toContain('中方举办的其他活动');
    expect(stdout).toMatch(/meetings （1）: missing 1–23/);
    expect(stdout).toMatch(/documents （2）: missing 25–67/);
  });

  it.each([
    ['an empty file', ''],
    ['a text without the list', '美好的未来,总在实干中成就。\n'],
  ])('fails on %s with a one-line reason', async (_name, content) => {
    const file = join(mkdtempSync(join(tmpdir(), 'parse-')), 'bad.txt');
    writeFileSync(file, content);
    const { code, stdout, stderr } = await parse(file);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(file);
  });

  it('fails on a missing file and on missing arguments', async () => {
    const missing = await parse('/nonexistent/list.txt');
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    const usage = await parse();
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage');
  });
});
