/**
 * Where `next build` writes and the server (scripts/serve.ts) reads. The end-to-end suite sets
 * NEXT_DIST_DIR so its build (against the test database) never replaces the one `npm start`
 * serves.
 */
export function distDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXT_DIST_DIR || '.next';
}
