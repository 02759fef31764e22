import type { Locale } from '@/lib/i18n/locale';
import { absoluteUrl } from '@/lib/site-url';
import { CopyLink } from './copy-link';

/** This page's address to copy and share: `path` is its canonical path in the site's language. */
export function ShareLink({ locale, path }: { locale: Locale; path: string }) {
  const text = locale.messages.outcomes.share;
  return (
    <CopyLink
      url={absoluteUrl(locale.path(path))}
      label={text.label}
      copy={text.copy}
      copied={text.copied}
      failed={text.failed}
    />
  );
}
