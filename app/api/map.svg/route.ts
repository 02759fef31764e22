import type { NextRequest } from 'next/server';
import { countryShapes } from '@/components/map/atlas';
import { mapFrame } from '@/components/map/points';
import { listPlaces } from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { readLanguage } from '@/lib/outcomes/api';

export const dynamic = 'force-dynamic';

/**
 * The country outlines the overview's map draws its points on, in the same frame, as an image:
 * countries the catalogue's places lie in are shaded. Translucent fills on a transparent ground,
 * so the one image reads on the light and the dark scheme alike. It takes no parameters but
 * `lang`, which only chooses the language of a refusal.
 */
export async function GET(request: NextRequest) {
  const read = readLanguage(request.nextUrl.searchParams);
  if (read instanceof Response) return read;
  const catalogue = await loadedCatalogue();
  const places = listPlaces(catalogue);
  const frame = mapFrame(places);
  if (!frame) return new Response(null, { status: 404 });
  // The atlas names its countries in one language (Natural Earth's English): a country is
  // shaded when its name in any of the site's languages is the atlas's.
  const shaded = new Set(
    places
      .filter((place) => place.kind === 'country')
      .flatMap((place) => Object.values(place.names)),
  );
  const paths = countryShapes(frame)
    .map(
      (shape) =>
        `<path d="${shape.d}"${shaded.has(shape.name) ? ' fill="#3b82d6" fill-opacity="0.3"' : ''}/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}"><g fill="#7d8794" fill-opacity="0.15" stroke="#7d8794" stroke-width="0.5">${paths}</g></svg>`;
  return new Response(svg, {
    headers: { 'Content-Type': 'image/svg+xml', 'Catalogue-Version': catalogue.version },
  });
}
