import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { enrichList, itemKey } from '@/lib/enrich';
import { parseSource } from '@/lib/parser';
import {
  differences,
  figuresByReason,
  figuresByRole,
  formatFigures,
  type KeyedTie,
  readEnrichmentTable,
} from '@/tests/support/enrichment-table';

/**
 * `npm run report:enrichment [-- --source FILE] [--table FILE]`: how the enrichment of a copy of
 * the list compares with a hand-made table of what a reader finds in each title and category
 * heading (by default tests/fixtures/expected-enrichment.tsv, made by reading the list, not from
 * the code): place ties by how they are reached and by the part the place plays, with precision
 * and recall, every tie that differs, and the type of every item.
 */

const ArgsSchema = z.object({
  source: z.string().min(1).default('data/xinhua-sco-outcomes-2025-09-02.txt'),
  table: z.string().min(1).default('tests/fixtures/expected-enrichment.tsv'),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, table: { type: 'string' } },
    strict: true,
  });
  const args = ArgsSchema.parse(values);
  const expected = readEnrichmentTable(await readFile(args.table, 'utf8'));
  const list = parseSource(await readFile(args.source));
  const { enrichments } = enrichList(list.items, list.sections);
  const actual = list.items.map((item, index) => ({
    key: itemKey(item),
    places: enrichments[index]?.places ?? [],
    type: enrichments[index]?.type ?? '',
    secondary: enrichments[index]?.secondaryType ?? null,
  }));
  const expectedTies: KeyedTie[] = expected.flatMap((row) =>
    row.places.map((place) => ({ key: row.key, ...place })),
  );
  const actualTies: KeyedTie[] = actual.flatMap((row) =>
    row.places.map((place) => ({ key: row.key, ...place })),
  );

  console.log(`places: ${args.source} against ${args.table}`);
  console.log(formatFigures('via', figuresByReason(expectedTies, actualTies)));
  console.log();
  console.log(formatFigures('role', figuresByRole(expectedTies, actualTies)));
  const { missing, extra } = differences(expectedTies, actualTies);
  for (const tie of missing) console.log(`  missing ${tie}`);
  for (const tie of extra) console.log(`  extra   ${tie}`);

  const byKey = new Map(actual.map((row) => [row.key, row]));
  const typed = expected.filter((row) => byKey.get(row.key)?.type === row.type);
  const both = typed.filter((row) => byKey.get(row.key)?.secondary === row.secondaryType);
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
