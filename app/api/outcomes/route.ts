import type { NextRequest } from 'next/server';
import { knownValues, listOutcomes, readApiAddress } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { API_LANGUAGES, apiLocale, badRequest, toApiListing } from '@/lib/outcomes/api';

/** The list page's results as JSON: the same parameters, one page of items, every facet's counts. */
export async function GET(request: NextRequest) {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(
    request.nextUrl.searchParams,
    knownValues(catalogue),
    API_LANGUAGES,
  );
  if (!address.ok) return badRequest(address.issues);
  const locale = apiLocale(address.lang);
  return Response.json(toApiListing(locale, catalogue, listOutcomes(catalogue, address.filters)), {
    headers: { 'Catalogue-Version': catalogue.version },
  });
}
