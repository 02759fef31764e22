import Link from 'next/link';
import { CategoryName } from '@/components/ui/category-name';
import type { CategoryRef } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { categoryValue, outcomesListPath } from '@/lib/routes';

const text = messages.outcome.missing;

/**
 * The page of a number the list has but this copy lacks (served with status 404): the reader
 * learns the item exists and why it cannot be shown, rather than that the address is wrong.
 */
export function MissingOutcome({ number, category }: { number: number; category: CategoryRef }) {
  const part = messages.sections[category.section];
  const item = messages.numbering.item(number);
  return (
    <div className="space-y-4">
      <h1 className="font-bold text-2xl">{text.heading(part, item)}</h1>
      <p>{text.body}</p>
      <p>
        {text.category}
        <CategoryName
          section={category.section}
          ordinal={category.ordinal}
          heading={category.heading}
          withSection
        />
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link
            href={outcomesListPath({ category: categoryValue(category.section, category.ordinal) })}
            prefetch={false}
          >
            {text.browse}
          </Link>
        </li>
        <li>
          <Link href="/source">{text.source}</Link>
        </li>
        <li>
          <Link href="/">{messages.notFound.home}</Link>
        </li>
      </ul>
    </div>
  );
}
