import type { NextRequest } from 'next/server';
import { itemPreview } from '@/lib/share/preview-routes';

/** An item page's link preview (1200×630 PNG). */
export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ section: string; number: string }> },
) {
  const { section, number } = await params;
  return itemPreview(request, section, number);
}
