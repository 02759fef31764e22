import type { NextRequest } from 'next/server';
import { listOutcomes } from '@/lib/catalogue';
import { conditionalAnswer } from '@/lib/http/conditional';
import { badRequest, toApiListing } from '@/lib/outcomes/api';
import { listingHref } from '@/lib/outcomes/href';
import { readApiParams } from '@/lib/outcomes/params';

/** The list page's results as JSON: the same parameters, one page of items, every facet's counts. */
export async function GET(request: NextRequest) {
  const params = readApiParams(request.nextUrl.searchParams);
  if (!params.ok) return badRequest(params.issues);
  const { filters } = params;
  // The listing's normalised address, under the API's own path so the two never share a tag.
  return conditionalAnswer(request, `/api${listingHref(filters)}`, async () =>
    Response.json(toApiListing(await listOutcomes(filters))),
  );
}
