import Link from 'next/link';
import { ItemTitle } from '@/components/ui/item-title';
import type { CatalogueItem } from '@/lib/catalogue';
import { itemSteps } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';

/** Where the item sits in the list, then its exact title (and, translated, its original). */
export function OutcomeHeader({ locale, item }: { locale: Locale; item: CatalogueItem }) {
  const steps = itemSteps(locale, item);
  const here = steps.pop();
  return (
    <header className="outcome-header">
      <nav aria-label={locale.messages.outcome.breadcrumb}>
        <ol className="breadcrumb">
          {steps.map((step, index) => (
            <li key={step.path}>
              <Link href={locale.path(step.path)} {...(index > 0 ? { prefetch: false } : {})}>
                {step.name}
              </Link>
            </li>
          ))}
          <li aria-current="page">{here?.name}</li>
        </ol>
      </nav>
      <ItemTitle locale={locale} item={item} heading="h1" link={false} />
    </header>
  );
}
