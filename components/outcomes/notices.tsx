import { messages } from '@/lib/messages';
import type { ListingNotice } from '@/lib/outcomes/params';

const text = messages.outcomes.notices;

/** Shown values are cut short: they come from the address and may be anything. */
const SHOWN_MAX = 40;

function shorten(value: string): string {
  return value.length > SHOWN_MAX ? `${value.slice(0, SHOWN_MAX)}…` : value;
}

/** Says which parameters of the address were ignored, so the reader knows what is shown. */
export function FilterNotices({ notices }: { notices: readonly ListingNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div role="note" className="mb-6 rounded border border-line-strong bg-surface px-4 py-3">
      <p className="font-semibold">{text.heading}</p>
      <ul className="list-disc pl-5">
        {notices.map((notice, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a notice has no identity but its place, and may repeat (foo=1&foo=1).
          <li key={index} className="break-all">
            {text.item(shorten(notice.param), shorten(notice.value), text.reasons[notice.reason])}
          </li>
        ))}
      </ul>
    </div>
  );
}
