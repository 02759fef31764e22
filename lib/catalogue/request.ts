import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import { loadedCatalogue, loadedVersion } from './loaded';
import { RENDER_VERSION_HEADER } from './probe';

/**
 * The catalogue one request renders from: the layout, the page and their metadata all get the
 * same one (React's per-request cache), so a page is never half old, half new across an ingest.
 * Waiting for the request (`headers`) keeps every page out of `next build`, which never reads
 * the database.
 *
 * A render the production server asks for names the version the server has just confirmed, and
 * takes it from memory: a render must not wait on the database. Where the catalogue arrives
 * decides where its parts land in the React payload streamed into the page — before or after
 * the metadata — so a render that had to ask (the one-query window, CATALOGUE_CHECK_MS, having
 * lapsed since the server's check) came out in another order than one that did not, and two
 * processes kept different bytes and ETags for one address.
 */
export const requestCatalogue = cache(async () => {
  const named = (await headers()).get(RENDER_VERSION_HEADER);
  return (named ? loadedVersion(named) : undefined) ?? loadedCatalogue();
});
