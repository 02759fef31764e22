/**
 * Runs once when the server starts: loads the catalogue module, which makes the catalogue's
 * version probe available to the production server (lib/catalogue/probe.ts), and reads the
 * catalogue now rather than on the first request. No catalogue yet is not an error: the server
 * answers 503 until `npm run db:setup` has made one; the catalogue's own log says why, once.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { catalogueVersion } = await import('@/lib/catalogue/loaded');
  await catalogueVersion().catch(() => {});
}
