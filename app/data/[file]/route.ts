import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { attachment } from '@/lib/http/content-disposition';
import { itemsJson, tableCsv } from '@/lib/share/datapackage';

/** One resource of /datapackage.json, whole: `<table>.csv`, or `items.json`. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const catalogue = await loadedCatalogue();
  const headers = { 'Catalogue-Version': catalogue.version };
  if (file === 'items.json') {
    return Response.json(itemsJson(catalogue), { headers });
  }
  const csv = file.endsWith('.csv') ? tableCsv(catalogue, file.slice(0, -'.csv'.length)) : null;
  if (csv === null) {
    return new Response(null, { status: 404, headers: { 'Cache-Control': CACHE_CONTROL.error } });
  }
  return new Response(csv, {
    headers: {
      ...headers,
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachment(file),
    },
  });
}
