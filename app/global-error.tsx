'use client';

import { ErrorNotice } from '@/components/layout/error-notice';
import { siteErrorText, siteLocale } from '@/lib/messages';
import './globals.css';
import { ANCHORS, PAGE_PATHS } from '@/lib/paths';

const text = { ...siteErrorText, homeHref: PAGE_PATHS.overview };

/**
 * Replaces the root layout when that layout itself fails, so it brings its own document; it
 * knows no locale, so it speaks the site's language.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={siteLocale.lang}>
      <body>
        <title>{text.title}</title>
        <main id={ANCHORS.main} className="page">
          <ErrorNotice error={error} retry={retry} text={text} />
        </main>
      </body>
    </html>
  );
}
