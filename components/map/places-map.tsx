import type { Locale } from '@/lib/i18n/locale';
import { FILE_PATHS, placePath } from '@/lib/paths';
import { placeLabels } from './labels';
import { type MapPlace, mapFrame, mapPoints } from './points';

const LABEL_LAYOUT = { fontSize: 13, gap: 9, pointRadius: 6 };

/**
 * The places the items are tied to, on country outlines projected on the server: no map library
 * and no script reaches the browser, only SVG. The outlines are an image of their own
 * (app/api/map.svg), fetched once and cached, so the page does not carry them twice (in its
 * HTML and its React payload); the points drawn over them are links, each a target of at least
 * 24 px and, on a phone, a larger dot. A place where items took place (the venue filter's) is
 * ringed, so hosts stand apart from the places that are only parties or subjects. The labels
 * the map has room for are drawn, and the list beside the map names every place.
 */
export function PlacesMap({ locale, places }: { locale: Locale; places: readonly MapPlace[] }) {
  const frame = mapFrame(places);
  if (!frame) return null;
  const points = mapPoints(places)
    .flatMap((point) => {
      const xy = frame.projection([point.lon, point.lat]);
      return xy
        ? [{ ...point, x: round(xy[0]), y: round(xy[1]), text: locale.name(point.place) }]
        : [];
    })
    // The busiest places get the first choice of label position.
    .sort((a, b) => b.count - a.count);
  const labels = placeLabels(points, { ...LABEL_LAYOUT, width: frame.width, height: frame.height });
  const text = locale.messages.map;
  return (
    <figure className="map">
      <svg viewBox={`0 0 ${frame.width} ${frame.height}`}>
        <title>{text.label}</title>
        <image href={FILE_PATHS.mapOutlines} width={frame.width} height={frame.height} />
        {points.map((point, index) => {
          const label = labels[index];
          const name = text.point(point.text, point.count, point.venues);
          const venue = point.venues > 0;
          return (
            <a
              key={point.slug}
              href={locale.path(placePath(point.slug))}
              aria-label={name}
              className={`point ${point.kind}${venue ? ' venue' : ''}`}
            >
              <title>{name}</title>
              <circle cx={point.x} cy={point.y} r="14" className="hit" />
              {venue && <circle cx={point.x} cy={point.y} r="9" className="ring" />}
              <circle cx={point.x} cy={point.y} r="5" className="dot" />
              {label && (
                <text x={round(label.x)} y={round(label.y)} textAnchor={label.anchor}>
                  {point.text}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption className="muted small">
        <span aria-hidden="true" className="map-legend">
          <span className="key city">{text.legendCity}</span>
          <span className="key region">{text.legendRegion}</span>
          <span className="key country">{text.legendCountry}</span>
          <span className="key venue">{text.legendVenue}</span>
        </span>{' '}
        {text.note}
      </figcaption>
    </figure>
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
