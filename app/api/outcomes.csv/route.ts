import type { NextRequest } from 'next/server';
import { exportOutcomes, knownValues, readApiAddress } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { API_LANGUAGES, apiLocale, badRequest, csvResponse } from '@/lib/outcomes/api';

/** Every item matching the list page's parameters (not one page), as CSV; `page` is ignored. */
export async function GET(request: NextRequest) {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(
    request.nextUrl.searchParams,
    knownValues(catalogue),
    API_LANGUAGES,
  );
  if (!address.ok) return badRequest(address.issues);
  const locale = apiLocale(address.lang);
  return csvResponse(
    locale,
    catalogue,
    exportOutcomes(catalogue, address.filters),
    address.filters,
  );
}
