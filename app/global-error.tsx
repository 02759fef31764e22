'use client';

import { ErrorNotice } from '@/components/layout/error-notice';
import { messages } from '@/lib/messages';
import './globals.css';

/** Replaces the root layout when that layout itself fails, so it brings its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang={messages.locale.lang}>
      <body>
        <title>{messages.error.title}</title>
        <main id="main" className="page">
          <ErrorNotice error={error} retry={retry} />
        </main>
      </body>
    </html>
  );
}
