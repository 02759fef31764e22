import Link from 'next/link';
import type { OutcomeDetail, OutcomeRef } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { outcomePath } from '@/lib/routes';

const text = messages.outcome;

/** The items before and after this one in the list's own order. */
export function SequenceNav({ previous, next }: Pick<OutcomeDetail, 'previous' | 'next'>) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={text.sequence} className="grid gap-3 border-line border-t pt-4 sm:grid-cols-2">
      {previous && <Neighbour rel="prev" label={text.previous} item={previous} />}
      {next && (
        <Neighbour
          rel="next"
          label={text.next}
          item={next}
          className="sm:col-start-2 sm:text-right"
        />
      )}
    </nav>
  );
}

function Neighbour({
  rel,
  label,
  item,
  className = '',
}: {
  rel: 'prev' | 'next';
  label: string;
  item: OutcomeRef;
  className?: string;
}) {
  return (
    <Link
      href={outcomePath(item.section, item.number)}
      rel={rel}
      className={`block rounded border border-line p-3 no-underline hover:bg-surface ${className}`}
    >
      <span className="block text-muted text-sm">
        {label} · {messages.sections[item.section]}
        {messages.numbering.item(item.number)}
      </span>
      <span className="underline">{item.title}</span>
    </Link>
  );
}
