import 'server-only';
import { connection } from 'next/server';
import { cache } from 'react';
import { loadedCatalogue } from './loaded';

/**
 * The catalogue one request renders from: the layout, the page and their metadata all get the
 * same one (React's per-request cache), so a page is never half old, half new across an ingest.
 * Waiting for the request (`connection`) keeps every page out of `next build`, which never
 * reads the database.
 */
export const requestCatalogue = cache(async () => {
  await connection();
  return loadedCatalogue();
});
