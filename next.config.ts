import type { NextConfig } from 'next';
import { distDir } from './lib/dist-dir';
import { SECURITY_HEADERS } from './lib/http/security-headers';

const nextConfig: NextConfig = {
  distDir: distDir(),
  poweredByHeader: false,
  // proxy.ts redirects /path/ to /path itself, with the security headers Next.js's would lack.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
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
