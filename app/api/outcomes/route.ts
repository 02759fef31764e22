import type { NextRequest } from 'next/server';
import { listOutcomes } from '@/lib/catalogue';
import { badRequest, toApiListing } from '@/lib/outcomes/api';
import { readApiParams } from '@/lib/outcomes/params';

/** The list page's results as JSON: the same parameters, one page of items, every facet's counts. */
export async function GET(request: NextRequest) {
  const params = readApiParams(request.nextUrl.searchParams);
  if (!params.ok) return badRequest(params.issues);
  return Response.json(toApiListing(await listOutcomes(params.filters)));
}
