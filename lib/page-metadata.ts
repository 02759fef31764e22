import type { Metadata } from 'next';
import { LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { absoluteUrl } from '@/lib/site-url';

interface PageMetadataInput {
  title: string;
  description: string;
  /** The page's path in the site's language (`/outcomes?place=shenyang`); each locale prefixes it. */
  path: string;
  type?: 'website' | 'article';
  /** The home page's title stands alone, without the layout's " · site" suffix. */
  standalone?: boolean;
  /** Absolute URL of the page's preview image, when it has its own. */
  image?: { url: string; alt: string };
  /** Extra `<head>` entries: feeds and citation formats (`alternates.types`), Highwire tags. */
  types?: Record<string, string>;
  other?: Record<string, string | string[]>;
}

/**
 * One page's address in every language (`hreflang` → absolute URL), and x-default for the site's
 * own: the same pairs in the page's `<head>` and in the sitemap.
 */
export function languageAlternates(path: string): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALE_LIST.map((each) => [each.lang, absoluteUrl(each.path(path))])),
    'x-default': absoluteUrl(path),
  };
}

/**
 * Title, description, canonical URL, language alternates (every locale, and x-default for the
 * site's own language) and Open Graph, from which Next.js makes X's card, for one page. A page's `openGraph` replaces the layout's
 * whole object rather than merging with it, so every field is set here.
 */
export function pageMetadata(
  locale: Locale,
  {
    title,
    description,
    path,
    type = 'website',
    standalone = false,
    image,
    types,
    other,
  }: PageMetadataInput,
): Metadata {
  const url = absoluteUrl(locale.path(path));
  const siteName = locale.messages.site.name;
  const images = image ? [{ url: image.url, width: 1200, height: 630, alt: image.alt }] : undefined;
  return {
    title: standalone ? { absolute: title } : title,
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path),
      ...(types ? { types } : {}),
    },
    openGraph: {
      type,
      title,
      description,
      url,
      siteName,
      locale: locale.openGraph,
      alternateLocale: LOCALE_LIST.filter((each) => each !== locale).map((each) => each.openGraph),
      ...(images ? { images } : {}),
    },
    // Next.js fills X's card (title, description, image, summary_large_image) from Open Graph.
    ...(other ? { other } : {}),
  };
}
