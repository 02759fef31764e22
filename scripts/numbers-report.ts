import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { itemKey } from '@/lib/enrich';
import { readNumbers } from '@/lib/enrich/numbers';
import { FACT_KINDS, readingFacts, readNumberTable, tableFacts } from '@/lib/enrich/numbers/facts';
import { parseSource } from '@/lib/parser';

/**
 * `npm run report:numbers [-- --source FILE] [--table FILE]`: the numbers read from a copy's
 * titles against a hand-made table of every number in them (by default
 * tests/fixtures/expected-numbers.tsv, made by reading the titles, not from the code): precision
 * and recall by kind of fact, then the numerals the table says are words (一起, 四川) and whether
 * any was read as a number, then every fact found or expected but not both.
 */

const ArgsSchema = z.object({
  source: z.string().min(1).default('data/xinhua-sco-outcomes-2025-09-02.txt'),
  table: z.string().min(1).default('tests/fixtures/expected-numbers.tsv'),
});

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { source: { type: 'string' }, table: { type: 'string' } },
    strict: true,
  });
  const args = ArgsSchema.parse(values);
  const table = readNumberTable(await readFile(args.table, 'utf8'));
  const items = parseSource(await readFile(args.source)).items;
  const titles = new Map(items.map((item) => [itemKey(item), item.title]));
  const expected = table.flatMap(tableFacts);
  const found = items.flatMap((item) => readingFacts(itemKey(item), readNumbers(item.title)));

  console.log(`numbers: ${args.source} (${items.length} titles) against ${args.table}`);
  console.log('kind                expected  found  correct  precision  recall');
  const misses: string[] = [];
  for (const kind of [...FACT_KINDS, 'all'] as const) {
    const pick = (facts: typeof found) =>
      new Set(
        facts.filter((fact) => kind === 'all' || fact.kind === kind).map((fact) => fact.text),
      );
    const want = pick(expected);
    const got = pick(found);
    const correct = [...got].filter((text) => want.has(text)).length;
    console.log(
      `${kind.padEnd(19)} ${String(want.size).padStart(8)} ${String(got.size).padStart(6)} ${String(correct).padStart(8)} ${percent(correct, got.size).padStart(10)} ${percent(correct, want.size).padStart(7)}`,
    );
    if (kind === 'all') {
      for (const text of got)
        if (!want.has(text)) misses.push(`  found, not in the table: ${text}`);
      for (const text of want)
        if (!got.has(text)) misses.push(`  in the table, not found: ${text}`);
    }
  }

  // A numeral the table marks as a word must lie outside every value read from its title.
  const words = table.filter((row) => row.class === 'word');
  const readAsNumbers = words.filter((row) => {
    const title = titles.get(row.key) ?? '';
    const at = title.indexOf(row.words);
    const readings = readNumbers(title);
    const spans = [
      ...readings.commitments,
      ...readings.ordinals,
      ...readings.periods,
      ...readings.years,
      ...readings.quantities,
      ...readings.names,
    ];
    return spans.some(
      (one) => one.start < at + row.words.length && at < one.start + one.words.length,
    );
  });
  console.log(
    `numerals that are words (一起, 四川…): ${words.length - readAsNumbers.length} of ${words.length} left unread`,
  );
  for (const row of readAsNumbers) misses.push(`  read as a number: ${row.key} ${row.words}`);
  for (const line of misses) console.log(line);
  return misses.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
