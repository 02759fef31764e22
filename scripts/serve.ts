import cluster, { type Worker } from 'node:cluster';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { SERVER_PROCESSES_MAX, serverProcesses } from '@/lib/serve/process-options';
import { PortSchema } from './port';

/**
 * Serves the production build: `node dist/scripts/serve.js [--hostname H] [--port P]`, this file
 * compiled (scripts/compile.mjs). `npm start` runs it after setting up the database and the
 * build; the benchmark and the end-to-end suite run it too, so what they measure and test is
 * what people get.
 *
 * WEB_CONCURRENCY processes answer on the one port (node:cluster), one per core unless it says
 * otherwise: a render takes one core, so one process leaves the others idle however many new
 * addresses are asked for. Each has its own catalogue in memory, answer cache (its share of the
 * budget) and admission gate; a primary process only hands out connections and starts a new
 * worker for one that died. WEB_CONCURRENCY=1 serves from this one process, no primary.
 */

const ArgsSchema = z.object({
  hostname: z.string().min(1).optional(),
  port: PortSchema,
  /** ANSWER_CACHE_BYTES (environment): the answer cache's budget, for tests and small hosts. */
  cacheBytes: z.coerce.number().int().min(0).optional(),
  /** WEB_CONCURRENCY (environment): how many processes answer; one per core by default. */
  workers: z.coerce.number().int().min(1).max(SERVER_PROCESSES_MAX),
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
    workers: serverProcesses(process.env),
  });
  if (!args.success) {
    const issue = args.error.issues[0];
    throw new Error(`--${issue?.path.join('.')}: ${issue?.message}`);
  }
  // Absolute addresses default to where this server listens (lib/site-url.ts).
  process.env.PORT = String(args.data.port);
  const { workers } = args.data;
  if (workers > 1 && cluster.isPrimary) return primary(workers, args.data.port);
  const { startCatalogueServer } = await import('@/lib/serve/server');
  const { ANSWER_CACHE_BYTES } = await import('@/lib/constants');
  const server = await startCatalogueServer({
    ...args.data,
    // The workers share the budget: together they keep as much as one process would.
    cacheBytes: Math.floor((args.data.cacheBytes ?? ANSWER_CACHE_BYTES) / workers),
  });
  if (cluster.isWorker) console.log(`worker ${process.pid} answering`);
  else console.log(`serving the catalogue on ${server.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      // In-flight answers finish; idle keep-alive connections would hold close() open.
      server.close().then(() => process.exit(0));
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

/**
 * Starts `count` workers and keeps that many running: one that dies is replaced at once, its
 * connections lost with it, the others answering meanwhile. A worker that dies before it
 * listens ends the server: its start failed (the port taken, the build missing), and so would
 * every replacement's.
 */
function primary(count: number, port: number): void {
  let stopping = false;
  let announced = false;
  const listening = new Set<Worker>();
  const start = () => {
    const worker = cluster.fork();
    worker.on('listening', (address) => {
      // Its own loopback port for renders is no sign of answering (lib/serve/server.ts).
      if (address.port !== port) return;
      listening.add(worker);
      if (announced) return;
      announced = true;
      const host = address.address === '::' || !address.address ? '127.0.0.1' : address.address;
      const shown = host.includes(':') ? `[${host}]` : host;
      console.log(`serving the catalogue on http://${shown}:${address.port} (${count} processes)`);
    });
  };
  cluster.on('exit', (worker, code, signal) => {
    const wasListening = listening.delete(worker);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    if (!wasListening) {
      console.error(`error: worker ${worker.process.pid} ended before it listened (${code})`);
      process.exit(typeof code === 'number' && code !== 0 ? code : 1);
    }
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    start();
  });
  for (let i = 0; i < count; i += 1) start();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      setTimeout(() => process.exit(0), 6_000).unref();
    });
  }
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
