import type { NextRequest } from 'next/server';
import { viewCitations } from '@/lib/share/citation-routes';

/** Every match of a view cited, as CSL-JSON. */
export function GET(request: NextRequest) {
  return viewCitations(request, 'csl');
}
