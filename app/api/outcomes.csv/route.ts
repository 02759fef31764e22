import type { NextRequest } from 'next/server';
import { exportOutcomes } from '@/lib/catalogue';
import { conditionalAnswer } from '@/lib/http/conditional';
import { badRequest, csvResponse } from '@/lib/outcomes/api';
import { csvHref } from '@/lib/outcomes/href';
import { readApiParams } from '@/lib/outcomes/params';

/** Every item matching the list page's parameters (not one page), as CSV; `page` is ignored. */
export async function GET(request: NextRequest) {
  const params = readApiParams(request.nextUrl.searchParams);
  if (!params.ok) return badRequest(params.issues);
  const { filters } = params;
  return conditionalAnswer(request, csvHref(filters), async () =>
    csvResponse(filters, await exportOutcomes(filters)),
  );
}
