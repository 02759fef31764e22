import type { TestProject } from 'vitest/node';
import { buildIfStale } from '@/scripts/build-if-stale';
import { launchBrowserServer } from './browser';
import { prepareTestDatabase, testDatabaseUrl } from './database';
import { startServer } from './server';

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
 * Once per run: test database → production build (only if stale) → the production server
 * (scripts/serve.ts) on a free port → one headless Chromium. Test files reach them through
 * `inject` (see fixtures.ts).
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
  await prepareTestDatabase(env);
  await buildIfStale(env);
  const server = await startServer(env);
  const browser = await launchBrowserServer().catch(async (error) => {
    await server.stop();
    throw error;
  });
  project.provide('baseURL', server.baseURL);
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  project.provide('distDir', E2E_DIST_DIR);
  return async () => {
    await browser.close();
    await server.stop();
  };
}
