import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium, launchBrowserServer } from '@/scripts/harness/browser';
import { buildIfStale } from '@/scripts/harness/build';
import { cleanUp, onCleanup } from '@/scripts/harness/processes';
import { startServer } from '@/scripts/harness/server';
import { prepareTestDatabase, testDatabaseUrl } from './database';

/**
 * Its own build directory, so the suite never replaces the build `npm start` serves
 * (E2E_DIST_DIR names another, so two runs can go side by side).
 */
const E2E_DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    browserWSEndpoint: string;
    distDir: string;
  }
}

/**
 * Once per run: a Chromium (installed if missing, before anything else starts) → production
 * build (only if stale, with no database) → test database → the production server
 * (scripts/serve.ts) on a free port → one headless Chromium. Test files reach them through `inject` (see fixtures.ts). Whatever this
 * starts is an owned process (scripts/harness/processes.ts): stopped at teardown, when a later step
 * of the setup fails, and on SIGINT/SIGTERM.
 */
export default async function setup(project: TestProject) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: E2E_DIST_DIR,
    DATABASE_URL: testDatabaseUrl(),
    // Fixed, so absolute addresses in answers are the same whatever port the server gets.
    SITE_URL: 'http://localhost:3000',
    // One process, as for every server the tests start (vitest.e2e.config.ts).
    WEB_CONCURRENCY: '1',
  };
  try {
    const chromiumPath = ensureChromium();
    // The build is given a database that does not exist: it must not need one (one build
    // serves any catalogue); tests/e2e/one-build.test.ts checks what it then serves.
    await buildIfStale({ ...env, DATABASE_URL: `file:${join(tmpdir(), 'no-catalogue-here.db')}` });
    await prepareTestDatabase(env);
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
