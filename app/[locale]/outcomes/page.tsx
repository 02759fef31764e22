import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SkipLink } from '@/components/layout/skip-link';
import { FacetPanel } from '@/components/outcomes/facet-panel';
import { Results } from '@/components/outcomes/results';
import { SearchForm } from '@/components/outcomes/search-form';
import { SearchHelp } from '@/components/outcomes/search-help';
import { JsonLd } from '@/components/ui/json-ld';
import {
  exportHref,
  knownValues,
  listingHref,
  listOutcomes,
  readListingAddress,
  searchFormFields,
  viewOf,
} from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { QUERY_MAX_LENGTH } from '@/lib/constants';
import { filtersLine } from '@/lib/i18n/labels';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { anchorHref, OUTCOMES_PATH, previewPath } from '@/lib/paths';
import { listingJsonLd } from '@/lib/share/json-ld';
import { absoluteUrl } from '@/lib/site-url';

interface OutcomesPageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function read({ params, searchParams }: OutcomesPageProps) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  const address = readListingAddress(await searchParams, knownValues(catalogue));
  return { locale, catalogue, ...address };
}

/** Title and description name the filters, so a bookmark or a shared link says what it shows. */
export async function generateMetadata(props: OutcomesPageProps): Promise<Metadata> {
  const { locale, catalogue, filters } = await read(props);
  const text = locale.messages.outcomes;
  const words = filtersLine(locale, catalogue, filters);
  const title = words === '' ? text.title : text.filteredTitle(words);
  const lang = locale.langParam;
  return pageMetadata(locale, {
    title: filters.page > 1 ? text.pagedTitle(title, filters.page) : title,
    description:
      words === '' ? text.description : `${text.description}${text.filteredDescription(words)}`,
    path: listingHref(filters),
    image: { url: absoluteUrl(previewPath(listingHref(viewOf(filters)), lang)), alt: title },
    types: { 'application/atom+xml': exportHref('atom', filters, lang) },
  });
}

/** The whole view state is in the address: filters, search, order, page. */
export default async function OutcomesPage(props: OutcomesPageProps) {
  const { locale, catalogue, filters, notices } = await read(props);
  const listing = listOutcomes(catalogue, filters, locale.langParam);
  const text = locale.messages;
  return (
    <>
      <JsonLd data={listingJsonLd(locale, listing, filters)} />
      <SkipLink href={anchorHref('results')}>{text.skipLink.toResults}</SkipLink>
      <h1 className="page-title">{text.outcomes.heading}</h1>
      <SearchForm
        action={locale.path(OUTCOMES_PATH)}
        query={filters.q}
        maxLength={QUERY_MAX_LENGTH}
        fields={searchFormFields(filters)}
        text={text.search}
        help={<SearchHelp locale={locale} />}
      />
      <div className="listing">
        <FacetPanel
          locale={locale}
          catalogue={catalogue}
          filters={filters}
          facets={listing.facets}
        />
        <Results
          locale={locale}
          catalogue={catalogue}
          filters={filters}
          listing={listing}
          notices={notices}
        />
      </div>
      <p className="muted small">{text.outcomes.facetLogic}</p>
    </>
  );
}
