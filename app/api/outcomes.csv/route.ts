import type { NextRequest } from 'next/server';
import { exportOutcomes } from '@/lib/catalogue';
import { badRequest, csvResponse } from '@/lib/outcomes/api';
import { readApiParams } from '@/lib/outcomes/params';

/** Every item matching the list page's parameters (not one page), as CSV; `page` is ignored. */
export async function GET(request: NextRequest) {
  const params = readApiParams(request.nextUrl.searchParams);
  if (!params.ok) return badRequest(params.issues);
  return csvResponse(params.filters, await exportOutcomes(params.filters));
}
