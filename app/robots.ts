import type { MetadataRoute } from 'next';
import { FILE_PATHS } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(FILE_PATHS.sitemap) };
}
