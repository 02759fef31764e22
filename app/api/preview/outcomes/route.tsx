import type { NextRequest } from 'next/server';
import { listingPreview } from '@/lib/share/preview-routes';

/** A list view's link preview (1200×630 PNG): the list page's parameters, `lang`. */
export function GET(request: NextRequest) {
  return listingPreview(request);
}
