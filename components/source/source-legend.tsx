import { messages } from '@/lib/messages';
import { ITEM_STYLE, SKIP_REASONS, SKIP_STYLES } from './skip-styles';

/** What each line style in the text below means. */
export function SourceLegend() {
  const text = messages.source;
  return (
    <section aria-labelledby="source-legend">
      <h2 id="source-legend" className="mb-2 font-bold text-xl">
        {text.legend.heading}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2">
        <li className={`px-3 py-1 ${ITEM_STYLE}`}>{text.legend.item}</li>
        {SKIP_REASONS.map((reason) => (
          <li key={reason} className={`px-3 py-1 ${SKIP_STYLES[reason]}`}>
            {text.skipped[reason]}
          </li>
        ))}
      </ul>
    </section>
  );
}
