import { listPlaces } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { LOCALE_LIST } from '@/lib/i18n/locale';
import { languageAlternates } from '@/lib/page-metadata';
import { outcomePath, PAGE_PATHS, placePath } from '@/lib/paths';
import { escapeXml } from '@/lib/share/xml';
import { absoluteUrl } from '@/lib/site-url';

/**
 * Every page worth indexing, in every language, each with its alternates (hreflang), from the
 * catalogue this process has loaded: an ingest that drops an item drops its address here too.
 * Numbers the copy lacks are left out, since their pages answer 404.
 */
/** Made per request from the loaded catalogue, never at build time. */
export const dynamic = 'force-dynamic';

export async function GET() {
  const catalogue = await loadedCatalogue();
  const paths = [
    ...Object.values(PAGE_PATHS),
    ...catalogue.items.map((item) => outcomePath(item.section, item.number)),
    ...listPlaces(catalogue).map((place) => placePath(place.slug)),
  ];
  const urls = paths.flatMap((path) => {
    const alternates = Object.entries(languageAlternates(path))
      .map(
        ([lang, href]) =>
          `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`,
      )
      .join('');
    return LOCALE_LIST.map(
      (locale) => `<url><loc>${escapeXml(absoluteUrl(locale.path(path)))}</loc>${alternates}</url>`,
    );
  });
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Catalogue-Version': catalogue.version,
    },
  });
}
