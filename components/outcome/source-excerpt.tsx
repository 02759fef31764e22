import Link from 'next/link';
import type { OutcomeDetail } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { sourceLinePath } from '@/lib/routes';

/** The lines of the source the item was read from, each numbered and linked to the full text. */
export function SourceExcerpt({ source }: { source: OutcomeDetail['source'] }) {
  const { firstLine, lastLine } = source;
  return (
    <section aria-labelledby="outcome-source">
      <h2 id="outcome-source" className="mb-2 font-bold text-xl">
        {messages.outcome.source}
      </h2>
      <p className="mb-2 text-muted text-sm">
        <Link href={sourceLinePath(firstLine)}>
          {messages.outcome.sourceLines(
            source.fileName,
            messages.numbering.lines(firstLine, lastLine),
          )}
        </Link>
      </p>
      <ol className="overflow-x-auto rounded border border-line bg-surface p-3 font-mono text-sm">
        {source.lines.map((line, index) => {
          const number = firstLine + index;
          return (
            <li key={number} className="flex gap-3">
              <Link
                href={sourceLinePath(number)}
                aria-label={messages.numbering.lines(number, number)}
                className="w-10 shrink-0 text-right text-muted tabular-nums"
              >
                {number}
              </Link>
              <span className="min-w-0 whitespace-pre-wrap break-all">{line}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
