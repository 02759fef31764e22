import { parseArgs } from 'node:util';
import { z } from 'zod';
import { configuredDatabaseUrl, parseDatabaseUrl } from '@/lib/db/database-url';
import { ingest } from '@/lib/db/ingest';
import { SourceError } from '@/lib/parser';

const DEFAULT_SOURCE = 'data/xinhua-sco-outcomes-2025-09-02.txt';

const ArgsSchema = z.object({
  source: z.string().min(1).default(DEFAULT_SOURCE),
  database: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'expected file:<path> or postgresql://…')
    .default(configuredDatabaseUrl),
  // The newspaper page's date, for a copy whose text does not print one.
  'page-date': z.iso.date('expected YYYY-MM-DD').optional(),
});

async function main(): Promise<number> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      options: {
        source: { type: 'string' },
        database: { type: 'string' },
        'page-date': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(
      `error: ${(error as Error).message} (options: --source, --database, --page-date)`,
    );
    return 2;
  }
  const args = ArgsSchema.safeParse(values);
  if (!args.success) {
    const issue = args.error.issues[0];
    console.error(`error: --${issue?.path.join('.')}: ${issue?.message}`);
    return 2;
  }
  const location = parseDatabaseUrl(args.data.database);
  const where = location.provider === 'sqlite' ? location.path : 'PostgreSQL';
  const started = performance.now();
  const result = await ingest({
    sourcePath: args.data.source,
    database: location,
    pageDate: args.data['page-date'],
    // Named with --source, a list replaces whatever is loaded; the bundled default never does.
    keepOtherSource: values.source === undefined,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 'unchanged') {
    console.log(`unchanged: ${where} already holds ${args.data.source} (nothing to do)`);
  } else if (result.status === 'kept') {
    console.log(
      `kept: ${where} holds ${result.fileName}, loaded with --source; it is what is served. ` +
        `To load another list: npm run db:setup -- --source FILE`,
    );
    if (!result.current) {
      console.log(
        `note: ${result.fileName} was read by other code than this; ` +
          `load it again with: npm run db:setup -- --source <path of ${result.fileName}>`,
      );
    }
  } else {
    console.log(
      `ingested ${result.items} items (${result.issues} parse notes) from ${args.data.source} into ${where} in ${seconds} s`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    // Every failure is one line; the previous database is untouched (see lib/db/ingest.ts).
    const where = error instanceof SourceError ? `${sourceArgument()}: ` : '';
    console.error(`error: ${where}${error.message.split('\n')[0]}`);
    process.exit(1);
  },
);

function sourceArgument(): string {
  const index = process.argv.indexOf('--source');
  return index === -1 ? DEFAULT_SOURCE : (process.argv[index + 1] ?? DEFAULT_SOURCE);
}
