import { buildIfStale } from './build';
import { runCommand } from './run-command';
import { startServer } from './server';

/**
 * For the audit and the screenshots: the catalogue as people get it, a production build served
 * by scripts/serve.ts on a free loopback port. BASE_URL points both at a server already running.
 */
export async function withProductionServer<T>(use: (baseURL: string) => Promise<T>): Promise<T> {
  if (process.env.BASE_URL) return use(process.env.BASE_URL);
  const server = await startServer(await prepareProductionBuild());
  try {
    return await use(server.baseURL);
  } finally {
    await server.stop();
  }
}

/** The database set up and the build current: what the server needs. Returns its environment. */
export async function prepareProductionBuild(): Promise<NodeJS.ProcessEnv> {
  const env: NodeJS.ProcessEnv = {
    NEXT_TELEMETRY_DISABLED: '1',
    ...process.env,
    NODE_ENV: 'production',
  };
  const status = await runCommand('npm', ['run', '--silent', 'db:setup'], env);
  if (status !== 0) throw new Error(`npm run db:setup failed (${status})`);
  await buildIfStale(env);
  return env;
}
