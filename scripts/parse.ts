import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { enrichList, itemKey } from '@/lib/enrich';
import { parseSource, SourceError } from '@/lib/parser';
import { formatReport } from '@/lib/parser/report';
import type { ParsedList } from '@/lib/parser/types';

const ArgsSchema = z
  .array(z.string())
  .transform((args) => ({
    files: args.filter((a) => !a.startsWith('--')),
    report: args.includes('--report'),
  }))
  .pipe(
    z.object({
      files: z.array(z.string()).length(1, 'usage: npm run parse -- <file> [--report]'),
      report: z.boolean(),
    }),
  );

/**
 * The list as ingest stores it: each item with the list-level enrichment (enrichList), so the
 * places a linked item names or a heading states, and the produced/producedBy links show here as in the
 * catalogue, as item keys rather than indexes.
 */
function enriched(list: ParsedList) {
  const { enrichments, links } = enrichList(list.items, list.sections);
  const keyAt = (index: number) => itemKey(list.items[index] as ParsedList['items'][number]);
  const items = list.items.map((item, index) => ({
    ...item,
    ...enrichments[index],
    produced: links.filter((link) => link.from === index).map((link) => keyAt(link.to)),
    producedBy: links.filter((link) => link.to === index).map((link) => keyAt(link.from)),
  }));
  return { ...list, items };
}

function main(argv: string[]): number {
  const args = ArgsSchema.safeParse(argv);
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const [file] = args.data.files as [string];
  try {
    const list = parseSource(readFileSync(file));
    console.log(args.data.report ? formatReport(list) : JSON.stringify(enriched(list), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof SourceError) console.error(`${file}: ${error.message}`);
    else if (error instanceof Error && 'code' in error) console.error(`${file}: ${error.message}`);
    else throw error;
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
