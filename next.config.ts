import type { NextConfig } from 'next';
import { distDir } from './lib/dist-dir';
import { SECURITY_HEADERS } from './lib/http/security-headers';
import { LOCALES } from './lib/i18n/locales';

const [own, ...others] = LOCALES;
// Addresses that are not pages of a language: the API, build files, and the site's own files.
const NOT_PAGES = [
  'api',
  '_next',
  'sitemap\\.xml',
  'robots\\.txt',
  'icon\\.svg',
  'favicon\\.ico',
  'datapackage\\.json',
  'data',
];
// The other languages' prefixes, and the own language's internal segment, are not rewritten.
const PREFIXED = [...others.map((locale) => locale.key), own.key];

const nextConfig: NextConfig = {
  distDir: distDir(),
  poweredByHeader: false,
  // proxy.ts redirects /path/ to /path itself, with the security headers Next.js's would lack.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (tsc --noEmit), tests included; the build need not.
  typescript: { ignoreBuildErrors: true },
  async rewrites() {
    // The site's own language keeps today's addresses (/outcomes) while its pages live under
    // app/[locale] like every other language's (/en/outcomes): its addresses are rewritten
    // into its segment before the routes are matched.
    const skip = [...NOT_PAGES, ...PREFIXED].map((segment) => `${segment}(?:/|$)`).join('|');
    return {
      beforeFiles: [
        { source: '/', destination: `/${own.key}` },
        { source: `/:path((?!${skip}).*)`, destination: `/${own.key}/:path` },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default nextConfig;
