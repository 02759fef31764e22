import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a production build served by scripts/serve.ts and driven by Chromium through
 * playwright-core. Kept apart from vitest.config.ts so `npm run test:unit` stays fast.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One server and one browser for the run; files in turn, since the machine has two cores.
    fileParallelism: false,
    // Servers the tests start answer from one process, so which one kept an answer is never in
    // question; tests/e2e/workers.test.ts starts several.
    env: { WEB_CONCURRENCY: '1' },
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
