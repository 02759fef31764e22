import type { Metadata } from 'next';
import { messages } from '@/lib/messages';

interface PageMetadataInput {
  title: string;
  description: string;
  /** Site-relative; the root layout's metadataBase makes it absolute. */
  path: string;
  type?: 'website' | 'article';
  /** The home page's title stands alone, without the layout's " · site" suffix. */
  standalone?: boolean;
}

/**
 * Title, description, canonical URL and Open Graph for one page. A page's `openGraph` replaces
 * the layout's whole object rather than merging with it, so every field is set here.
 */
export function pageMetadata({
  title,
  description,
  path,
  type = 'website',
  standalone = false,
}: PageMetadataInput): Metadata {
  return {
    title: standalone ? { absolute: title } : title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type,
      title,
      description,
      url: path,
      siteName: messages.site.name,
      locale: messages.locale.openGraph,
    },
  };
}
