import type { NextRequest } from 'next/server';
import { listOutcomes } from '@/lib/catalogue';
import { answerView, toApiListing } from '@/lib/outcomes/api';

/** The list page's results as JSON: the same parameters, one page of items, every facet's counts. */
export function GET(request: NextRequest) {
  return answerView(request.nextUrl.searchParams, ({ catalogue, filters, locale }) =>
    Response.json(
      toApiListing(locale, catalogue, listOutcomes(catalogue, filters, locale.langParam)),
      {
        headers: { 'Catalogue-Version': catalogue.version },
      },
    ),
  );
}
