import Link from 'next/link';
import { ItemTitle } from '@/components/ui/item-title';
import { type CatalogueItem, filterOf, listingHref } from '@/lib/catalogue';
import { categoryName, sectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/** Where the item sits in the list, then its exact title (and, translated, its original). */
export function OutcomeHeader({ locale, item }: { locale: Locale; item: CatalogueItem }) {
  const { messages } = locale;
  const list = (facet: 'section' | 'category', value: string) =>
    locale.path(listingHref(filterOf(facet, value)));
  return (
    <header className="outcome-header">
      <nav aria-label={messages.outcome.breadcrumb}>
        <ol className="breadcrumb">
          <li>
            <Link href={locale.path('/outcomes')}>{messages.nav.outcomes}</Link>
          </li>
          <li>
            <Link href={list('section', item.section)} prefetch={false}>
              {sectionName(locale, item.section)}
            </Link>
          </li>
          <li>
            <Link href={list('category', item.category.value)} prefetch={false}>
              {messages.numbering.category(item.category.ordinal)}
              {categoryName(locale, item.category)}
            </Link>
          </li>
          <li aria-current="page">{messages.numbering.item(item.number)}</li>
        </ol>
      </nav>
      <ItemTitle locale={locale} item={item} heading="h1" link={false} />
    </header>
  );
}
