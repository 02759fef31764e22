import type { NextRequest } from 'next/server';
import { exportHref, exportOutcomes } from '@/lib/catalogue';
import { answerView } from '@/lib/outcomes/api';
import { atomFeed } from '@/lib/share/feed';
import { absoluteUrl } from '@/lib/site-url';

/** A view as an Atom feed: the list page's parameters, every match; `lang` for its language. */
export function GET(request: NextRequest) {
  return answerView(request.nextUrl.searchParams, ({ catalogue, filters, lang, locale }) => {
    const { rows } = exportOutcomes(catalogue, filters, locale.langParam);
    const self = absoluteUrl(exportHref('atom', filters, lang));
    return new Response(atomFeed(locale, catalogue, filters, rows, self), {
      headers: {
        'Content-Type': 'application/atom+xml; charset=utf-8',
        'Catalogue-Version': catalogue.version,
      },
    });
  });
}
