import Link from 'next/link';
import { type CategoryEntry, valueHref } from '@/lib/catalogue';
import { NOT_FOUND_MARK } from '@/lib/http/status-mark';
import { fullCategoryName, sectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { PAGE_PATHS } from '@/lib/paths';

/**
 * The page of a number the list has but this copy lacks (served with status 404): the reader
 * learns the item exists and why it cannot be shown, rather than that the address is wrong.
 */
export function MissingOutcome({
  locale,
  number,
  category,
}: {
  locale: Locale;
  number: number;
  category: CategoryEntry;
}) {
  const { messages } = locale;
  const text = messages.outcome.missing;
  const part = sectionName(locale, category.section);
  const item = messages.numbering.item(number);
  return (
    <div className="stack" {...NOT_FOUND_MARK}>
      <h1 className="page-title">{text.heading(part, item)}</h1>
      <p>{text.body}</p>
      <p>
        {text.category}
        {fullCategoryName(locale, category)}
      </p>
      <ul className="bullets">
        <li>
          <Link href={locale.path(valueHref('category', category.value))} prefetch={false}>
            {text.browse}
          </Link>
        </li>
        <li>
          <Link href={locale.path(PAGE_PATHS.source)}>{text.source}</Link>
        </li>
        <li>
          <Link href={locale.path(PAGE_PATHS.overview)}>{messages.notFound.home}</Link>
        </li>
      </ul>
    </div>
  );
}
