import Link from 'next/link';
import type { ReactNode } from 'react';
import { messages } from '@/lib/messages';
import type { SectionKey } from '@/lib/parser/types';
import { outcomePath } from '@/lib/routes';

interface OutcomeRefLike {
  key: string;
  section: SectionKey;
  number: number;
  title: string;
}

/** Items as links, each with its part and number, so lists from different parts stay clear. */
export function OutcomeRefList({
  items,
  note,
}: {
  items: readonly OutcomeRefLike[];
  /** Something to say after an item, such as which named place implies this page's place. */
  note?: (item: OutcomeRefLike) => ReactNode;
}) {
  return (
    <ul className="space-y-2">
      {items.map((item) => (
        <li key={item.key}>
          <span className="mr-2 text-muted text-sm">
            {messages.sections[item.section]}
            {messages.numbering.item(item.number)}
          </span>
          <Link href={outcomePath(item.section, item.number)}>{item.title}</Link>
          {note?.(item)}
        </li>
      ))}
    </ul>
  );
}
