import Link from 'next/link';
import { LangRuns } from '@/components/ui/lang-runs';
import { ViewLink } from '@/components/ui/view-link';
import { hasFilters, listingHref, relaxations, withoutFilters } from '@/lib/catalogue';
import { facetValueWords, fullCategoryName } from '@/lib/i18n/labels';
import { PAGE_PATHS, withAnchor } from '@/lib/paths';
import type { ViewProps } from './view-props';

/**
 * An empty result that helps: which single condition to drop and what that gives, and — since
 * the copy of the list is incomplete — which numbers it lacks and what they are, with the
 * overview's account of the copy.
 */
export function EmptyResults({ locale, catalogue, filters }: ViewProps) {
  const text = locale.messages.outcomes;
  const { numbering } = locale.messages;
  const drops = relaxations(catalogue, filters);
  const gaps = catalogue.categories.flatMap((category) =>
    category.missing.map((run) => ({ category, run })),
  );
  return (
    <div className="empty">
      <p className="strong">{text.empty.heading}</p>
      {drops.length > 0 && (
        <>
          <p>{text.empty.drop}</p>
          <ul>
            {drops.map((drop) => (
              <li key={`${drop.param}=${drop.value}`}>
                <ViewLink href={withAnchor(locale.path(listingHref(drop.filters)), 'results')}>
                  <LangRuns
                    lang={locale.lang}
                    text={text.empty.dropOne(
                      drop.param === 'q'
                        ? text.quoted(drop.value)
                        : facetValueWords(locale, catalogue, drop.param, drop.value),
                      drop.total,
                    )}
                  />
                </ViewLink>
              </li>
            ))}
          </ul>
        </>
      )}
      {gaps.length > 0 && (
        <>
          <p>{text.empty.missing}</p>
          <ul>
            {gaps.map(({ category, run }) => (
              <li key={`${category.value}-${run.first}`}>
                {text.empty.missingRange(
                  fullCategoryName(locale, category),
                  numbering.items(run.first, run.last),
                  category.declaredCount === null
                    ? ''
                    : text.empty.declared(category.declaredCount, category.declaredMeasure ?? ''),
                )}
              </li>
            ))}
          </ul>
          <p>
            <Link href={withAnchor(locale.path(PAGE_PATHS.overview), 'copy')}>
              {text.empty.account}
            </Link>
          </p>
        </>
      )}
      {hasFilters(filters) && (
        <p>
          <Link href={locale.path(listingHref(withoutFilters(filters)))}>{text.empty.clear}</Link>
        </p>
      )}
    </div>
  );
}
