import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { dataPackage } from '@/lib/share/datapackage';

export const dynamic = 'force-dynamic';

/** The catalogue as a Frictionless Data Package: every table, its schema, source and licence. */
export async function GET() {
  const catalogue = await loadedCatalogue();
  return new Response(`${JSON.stringify(dataPackage(catalogue), null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Catalogue-Version': catalogue.version,
    },
  });
}
