import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': fromRoot('.'),
      // Catalogue modules import 'server-only' so Next.js keeps them out of client bundles;
      // outside React's server environment that package throws, so tests get its empty twin.
      'server-only': fromRoot('node_modules/server-only/empty.js'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**'],
    // The real list's catalogue, built once per run; each file copies it (tests/support).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
  },
});
