import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ItemRef } from '@/lib/catalogue';
import { titleOf } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { DEFAULT_LOCALE } from '@/lib/i18n/locale';
import { outcomePath } from '@/lib/paths';

/**
 * An item's title in the page's language. Where that is a translation, it is marked as the
 * catalogue's own, unofficial one, and the title as printed follows directly beneath it, in
 * its language: the original is never out of sight.
 */
export function ItemTitle({
  locale,
  item,
  heading: Heading = 'span',
  link = true,
  render = (text) => text,
}: {
  locale: Locale;
  item: ItemRef;
  heading?: 'h1' | 'h3' | 'span';
  link?: boolean;
  /** How to draw a title's text (search highlighting); `original` says which title it is. */
  render?: (text: string, original: boolean) => ReactNode;
}) {
  const title = titleOf(locale, item);
  const text = render(title.text, !title.translated);
  const href = locale.path(outcomePath(item.section, item.number));
  return (
    <>
      <Heading className="item-title">
        {link ? (
          <Link href={href} prefetch={false}>
            {text}
          </Link>
        ) : (
          text
        )}
        {title.translated && (
          <span className="translation-mark">{locale.messages.translation.unofficial}</span>
        )}
      </Heading>
      {title.translated && (
        <span className="item-original" lang={DEFAULT_LOCALE.lang}>
          {render(item.title, true)}
        </span>
      )}
    </>
  );
}
