import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { enrichItem } from '@/lib/enrich';
import { parseSource, SourceError } from '@/lib/parser';
import { formatReport } from '@/lib/parser/report';

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

function main(argv: string[]): number {
  const args = ArgsSchema.safeParse(argv);
  if (!args.success) {
    console.error(args.error.issues[0]?.message);
    return 2;
  }
  const [file] = args.data.files as [string];
  try {
    const list = parseSource(readFileSync(file));
    if (args.data.report) {
      console.log(formatReport(list));
    } else {
      const items = list.items.map((item) => ({ ...item, ...enrichItem(item) }));
      console.log(JSON.stringify({ ...list, items }, null, 2));
    }
    return 0;
  } catch (error) {
    if (error instanceof SourceError) console.error(`${file}: ${error.message}`);
    else if (error instanceof Error && 'code' in error) console.error(`${file}: ${error.message}`);
    else throw error;
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
