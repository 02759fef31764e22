import type { AddressNotice } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';

/** Shown values are cut short: they come from the address and may be anything. */
const SHOWN_MAX = 40;

function shorten(value: string): string {
  return value.length > SHOWN_MAX ? `${value.slice(0, SHOWN_MAX)}…` : value;
}

/** Says which parameters of the address were ignored, so the reader knows what is shown. */
export function FilterNotices({
  locale,
  notices,
}: {
  locale: Locale;
  notices: readonly AddressNotice[];
}) {
  if (notices.length === 0) return null;
  const text = locale.messages.outcomes.notices;
  return (
    <div role="note" className="notice">
      <p className="strong">{text.heading}</p>
      <ul>
        {notices.map((notice, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a notice has no identity but its place, and may repeat (foo=1&foo=1).
          <li key={index}>
            {text.item(shorten(notice.param), shorten(notice.value), text.reasons[notice.reason])}
          </li>
        ))}
      </ul>
    </div>
  );
}
