import type { NextRequest } from 'next/server';
import { exportHref, exportOutcomes, knownValues, readApiAddress } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { API_LANGUAGES, apiLocale, badRequest } from '@/lib/outcomes/api';
import { atomFeed } from '@/lib/share/feed';
import { absoluteUrl } from '@/lib/site-url';

/** A view as an Atom feed: the list page's parameters, every match; `lang` for its language. */
export async function GET(request: NextRequest) {
  const catalogue = await loadedCatalogue();
  const address = readApiAddress(
    request.nextUrl.searchParams,
    knownValues(catalogue),
    API_LANGUAGES,
  );
  if (!address.ok) return badRequest(address.issues);
  const locale = apiLocale(address.lang);
  const { rows } = exportOutcomes(catalogue, address.filters);
  const self = absoluteUrl(exportHref('atom', address.filters, address.lang));
  return new Response(atomFeed(locale, catalogue, address.filters, rows, self), {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Catalogue-Version': catalogue.version,
    },
  });
}
