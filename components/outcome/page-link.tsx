import { messages } from '@/lib/messages';
import { SITE_URL } from '@/lib/site-url';
import { CopyLink } from './copy-link';

/** This page's address to copy and share. */
export function PageLink({ path }: { path: string }) {
  const text = messages.outcome.link;
  return (
    <CopyLink
      url={new URL(path, SITE_URL).href}
      label={text.label}
      copy={text.copy}
      copied={text.copied}
      failed={text.failed}
    />
  );
}
