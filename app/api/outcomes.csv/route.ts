import type { NextRequest } from 'next/server';
import { exportOutcomes } from '@/lib/catalogue';
import { answerView, csvResponse } from '@/lib/outcomes/api';

/** Every item matching the list page's parameters (not one page), as CSV; `page` is ignored. */
export function GET(request: NextRequest) {
  return answerView(request.nextUrl.searchParams, ({ catalogue, filters, locale }) =>
    csvResponse(locale, catalogue, exportOutcomes(catalogue, filters, locale.langParam), filters),
  );
}
