import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { enrichList, itemKey } from '@/lib/enrich';
import { PLACE_REASONS } from '@/lib/enrich/types';
import { parseSource } from '@/lib/parser';

/**
 * `npm run report:enrichment [-- --source FILE] [--table FILE]`: how the enrichment of a copy of
 * the list compares with a hand-made table of what a reader finds in each title (by default
 * tests/fixtures/expected-enrichment.tsv, made by reading the titles, not from the code): place
 * tags by how they are reached, with precision and recall, and the type of every item.
 */

const ArgsSchema = z.object({
  source: z.string().min(1).default('data/xinhua-sco-outcomes-2025-09-02.txt'),
  table: z.string().min(1).default('tests/fixtures/expected-enrichment.tsv'),
});

/** One place tag as the table writes it: `shenyang:linked=documents-68`. */
const tagText = (key: string, slug: string, via: string, ref: string | null) =>
  // The table names no word for an abbreviation (the code keeps the word it read).
  `${key} ${slug}:${via}${via === 'abbreviation' || ref === null ? '' : `=${ref}`}`;

interface Row {
  key: string;
  tags: Array<{ via: string; text: string }>;
  type: string;
  secondary: string;
}

function readTable(text: string): Row[] {
  const [header, ...rows] = text.trimEnd().split('\n');
  if (!header?.startsWith('key\ttitle\tplaces\ttype\tsecondary_type')) {
    throw new Error('not an enrichment table: its header must begin key, title, places, type');
  }
  return rows.map((row) => {
    const [key = '', , places = '', type = '', secondary = ''] = row.split('\t');
    const tags = places
      .split(';')
      .filter((tag) => tag !== '')
      .map((tag) => {
        const [slug = '', how = ''] = tag.split(':');
        const [via = '', ref = null] = how.split('=');
        return { via, text: tagText(key, slug, via, ref) };
      });
    return { key, tags, type, secondary };
  });
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, table: { type: 'string' } },
    strict: true,
  });
  const args = ArgsSchema.parse(values);
  const expected = readTable(await readFile(args.table, 'utf8'));
  const items = parseSource(await readFile(args.source)).items;
  const { enrichments } = enrichList(items);
  const actual = items.map((item, index) => {
    const enrichment = enrichments[index];
    const key = itemKey(item);
    return {
      key,
      tags: (enrichment?.places ?? []).map((place) => ({
        via: place.via as string,
        text: tagText(key, place.slug, place.via, place.ref),
      })),
      type: enrichment?.type ?? '',
      secondary: enrichment?.secondaryType ?? '',
    };
  });

  console.log(`places: ${args.source} against ${args.table}`);
  console.log('via           expected  found  correct  precision  recall');
  for (const via of [...PLACE_REASONS, 'all']) {
    const pick = (rows: Array<{ tags: Row['tags'] }>) =>
      new Set(
        rows.flatMap((row) =>
          row.tags.filter((tag) => via === 'all' || tag.via === via).map((tag) => tag.text),
        ),
      );
    const want = pick(expected);
    const got = pick(actual);
    const correct = [...got].filter((text) => want.has(text)).length;
    console.log(
      `${via.padEnd(13)} ${String(want.size).padStart(8)} ${String(got.size).padStart(6)} ${String(correct).padStart(8)} ${percent(correct, got.size).padStart(10)} ${percent(correct, want.size).padStart(7)}`,
    );
  }

  const byKey = new Map(actual.map((row) => [row.key, row]));
  const typed = expected.filter((row) => byKey.get(row.key)?.type === row.type);
  const both = expected.filter(
    (row) =>
      byKey.get(row.key)?.type === row.type && byKey.get(row.key)?.secondary === row.secondary,
  );
  console.log(
    `types: ${typed.length} of ${expected.length} right; with the secondary type too, ${both.length} of ${expected.length}`,
  );
  for (const row of expected.filter((one) => !typed.includes(one))) {
    console.log(`  ${row.key}: expected ${row.type}, found ${byKey.get(row.key)?.type ?? 'none'}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
