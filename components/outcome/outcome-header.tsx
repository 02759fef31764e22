import Link from 'next/link';
import { CategoryName } from '@/components/ui/category-name';
import type { OutcomeDetail } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { categoryValue, outcomesListPath } from '@/lib/routes';

/** Where the item sits in the list, then its exact title. */
export function OutcomeHeader({ outcome }: { outcome: OutcomeDetail }) {
  const { section } = outcome;
  return (
    <header className="space-y-3">
      <nav aria-label={messages.outcome.breadcrumb} className="text-sm">
        <ol className="flex flex-wrap gap-x-2 text-muted">
          <li>
            <Link href={outcomesListPath({})}>{messages.nav.outcomes}</Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link href={outcomesListPath({ section })} prefetch={false}>
              {messages.sections[section]}
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li>
            <Link
              href={outcomesListPath({ category: categoryValue(section, outcome.category) })}
              prefetch={false}
            >
              <CategoryName
                section={section}
                ordinal={outcome.category}
                heading={outcome.categoryInfo.heading}
              />
            </Link>
            <span aria-hidden="true"> ›</span>
          </li>
          <li aria-current="page" className="text-ink">
            {messages.numbering.item(outcome.number)}
          </li>
        </ol>
      </nav>
      <h1 className="font-bold text-2xl leading-snug sm:text-3xl">{outcome.title}</h1>
    </header>
  );
}
