import type { TestProject } from 'vitest/node';
import { ensureChromium, launchBrowserServer } from '@/lib/harness/browser';
import { buildIfStale } from '@/lib/harness/build';
import { cleanUp, onCleanup } from '@/lib/harness/processes';
import { startServer } from '@/lib/harness/server';
import { prepareTestDatabase, testDatabaseUrl } from './database';

/** Its own build directory, so the suite never replaces the build `npm start` serves. */
const E2E_DIST_DIR = '.next-e2e';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWSEndpoint: string;
    distDir: string;
  }
}

/**
 * Once per run: a Chromium (installed if missing, before anything else starts) → test database
 * → production build (only if stale) → the production server (scripts/serve.ts) on a free port →
 * one headless Chromium. Test files reach them through `inject` (see fixtures.ts). Whatever this
 * starts is an owned process (lib/harness/processes.ts): stopped at teardown, when a later step
 * of the setup fails, and on SIGINT/SIGTERM.
 */
export default async function setup(project: TestProject) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: E2E_DIST_DIR,
    DATABASE_URL: testDatabaseUrl(),
    // Fixed, so a developer's own SITE_URL neither changes the pages nor forces a rebuild.
    SITE_URL: 'http://localhost:3000',
  };
  try {
    const chromiumPath = ensureChromium();
    await prepareTestDatabase(env);
    await buildIfStale(env);
    const server = await startServer(env);
    const browser = await launchBrowserServer(chromiumPath);
    onCleanup(() => browser.close());
    project.provide('baseURL', server.baseURL);
    project.provide('browserWSEndpoint', browser.wsEndpoint());
    project.provide('distDir', E2E_DIST_DIR);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return cleanUp;
}
