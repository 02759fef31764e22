import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { ErrorTextProvider } from '@/components/layout/error-text';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { catalogueFault } from '@/lib/catalogue/loaded';
import { requestCatalogue } from '@/lib/catalogue/request';
import { localeOf } from '@/lib/i18n/locale';
import { siteUrl } from '@/lib/site-url';
import '../globals.css';
import { ANCHORS, anchorHref, PAGE_PATHS } from '@/lib/paths';

interface LayoutProps {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: LayoutProps): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  if (!locale) return {};
  const { site } = locale.messages;
  return {
    metadataBase: siteUrl(),
    title: { default: site.name, template: `%s · ${site.shortName}` },
    description: site.description,
    applicationName: site.name,
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

/** Every page of one language: `<html lang>`, the header with its language switch, the footer. */
export default async function LocaleLayout({ children, params }: LayoutProps) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  return (
    <html lang={locale.lang}>
      <body>
        <SkipLink href={anchorHref('main')}>{locale.messages.skipLink.toMain}</SkipLink>
        <SiteHeader locale={locale} />
        <main id={ANCHORS.main} tabIndex={-1} className="page">
          <ErrorTextProvider
            text={{ ...locale.messages.error, homeHref: locale.path(PAGE_PATHS.overview) }}
          >
            {children}
          </ErrorTextProvider>
        </main>
        <SiteFooter locale={locale} catalogue={catalogue} fault={catalogueFault()} />
      </body>
    </html>
  );
}
