import type { NextRequest } from 'next/server';
import { placePreview } from '@/lib/share/preview-routes';

/** A place page's link preview (1200×630 PNG). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return placePreview(request, (await params).slug);
}
