import { parseArgs } from 'node:util';
import { z } from 'zod';
import { PortSchema } from './port';

/**
 * Serves the production build: `node --import tsx scripts/serve.ts [--hostname H] [--port P]`.
 * `npm start` runs it after setting up the database and the build; the benchmark and the
 * end-to-end suite run it too, so what they measure and test is what people get.
 */

const ArgsSchema = z.object({
  hostname: z.string().min(1).optional(),
  port: PortSchema,
  /** ANSWER_CACHE_BYTES (environment): the answer cache's budget, for tests and small hosts. */
  cacheBytes: z.coerce.number().int().min(0).optional(),
});

async function main(): Promise<void> {
  // React and Next.js choose their production code by NODE_ENV when first loaded.
  if (process.env.NODE_ENV !== 'production') {
    throw new Error(
      `NODE_ENV=${process.env.NODE_ENV ?? ''}: the server runs with NODE_ENV=production`,
    );
  }
  const { values } = parseArgs({
    options: { hostname: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const args = ArgsSchema.safeParse({
    ...values,
    port: values.port ?? (process.env.PORT || undefined),
    cacheBytes: process.env.ANSWER_CACHE_BYTES || undefined,
  });
  if (!args.success) {
    const issue = args.error.issues[0];
    throw new Error(`--${issue?.path.join('.')}: ${issue?.message}`);
  }
  // Absolute addresses default to where this server listens (lib/site-url.ts).
  process.env.PORT = String(args.data.port);
  // tsx turns on source-map support for its own sake; left on, Node parses and keeps the map of
  // every build chunk the server loads (with the sources inside them): heap for nothing a
  // visitor sees (docs/PERFORMANCE.md, "Measured for a decision"). The server is loaded only after it is off.
  process.setSourceMapsEnabled(false);
  const { startCatalogueServer } = await import('@/lib/serve/server');
  const server = await startCatalogueServer(args.data);
  console.log(`serving the catalogue on ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // In-flight answers finish; idle keep-alive connections would hold close() open.
      server.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
