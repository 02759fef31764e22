import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { messages } from '@/lib/messages';
import { SITE_URL } from '@/lib/site-url';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: SITE_URL,
  title: { default: messages.site.name, template: `%s · ${messages.site.shortName}` },
  description: messages.site.description,
  applicationName: messages.site.name,
  openGraph: {
    type: 'website',
    locale: messages.locale.openGraph,
    siteName: messages.site.name,
    title: messages.site.name,
    description: messages.site.description,
  },
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={messages.locale.lang}>
      <body className="flex min-h-dvh flex-col bg-canvas text-ink leading-relaxed">
        <SkipLink href="#main">{messages.skipLink.toMain}</SkipLink>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
