import type { MetadataRoute } from 'next';
import { allOutcomeKeys, listPlaces } from '@/lib/catalogue';
import { outcomePath, placePath } from '@/lib/routes';
import { SITE_URL } from '@/lib/site-url';

/**
 * Every page worth indexing: the fixed pages, each item and each place. Numbers the copy lacks
 * are left out, since their pages answer 404. Built at build time, like the pages it lists.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [outcomes, places] = [await allOutcomeKeys(), await listPlaces()];
  const paths = [
    '/',
    '/outcomes',
    '/places',
    '/source',
    ...outcomes.map((outcome) => outcomePath(outcome.section, outcome.number)),
    ...places.map((place) => placePath(place.slug)),
  ];
  return paths.map((path) => ({ url: new URL(path, SITE_URL).href }));
}
