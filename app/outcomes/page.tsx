import type { Metadata } from 'next';
import { SkipLink } from '@/components/layout/skip-link';
import { ActiveFilters } from '@/components/outcomes/chips';
import { FacetPanel } from '@/components/outcomes/facets';
import { FilterNotices } from '@/components/outcomes/notices';
import { Results } from '@/components/outcomes/results';
import { SearchForm } from '@/components/outcomes/search-form';
import { listOutcomes } from '@/lib/catalogue';
import { QUERY_MAX_LENGTH } from '@/lib/constants';
import { messages } from '@/lib/messages';
import { OUTCOMES_PATH, searchFormFields } from '@/lib/outcomes/href';
import { listingMetadata } from '@/lib/outcomes/metadata';
import { readListingParams } from '@/lib/outcomes/params';

const text = messages.outcomes;

interface OutcomesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: OutcomesPageProps): Promise<Metadata> {
  return listingMetadata(readListingParams(await searchParams).filters);
}

/** Rendered per request (it reads searchParams): the whole view state is in the address. */
export default async function OutcomesPage({ searchParams }: OutcomesPageProps) {
  const { filters, notices } = readListingParams(await searchParams);
  const listing = await listOutcomes(filters);
  return (
    <>
      <SkipLink href="#results">{messages.skipLink.toResults}</SkipLink>
      <h1 className="mb-2 font-bold text-2xl">{text.heading}</h1>
      <p className="mb-6 text-muted text-sm">{text.facetLogic}</p>
      <SearchForm
        action={OUTCOMES_PATH}
        query={filters.q}
        maxLength={QUERY_MAX_LENGTH}
        fields={searchFormFields(filters)}
        text={text.search}
      />
      <FilterNotices notices={notices} />
      <ActiveFilters filters={filters} facets={listing.facets} />
      <div className="grid gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
        <FacetPanel filters={filters} facets={listing.facets} total={listing.total} />
        <Results filters={filters} listing={listing} />
      </div>
    </>
  );
}
