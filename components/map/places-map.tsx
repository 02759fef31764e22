import { messages } from '@/lib/messages';
import { placePath } from '@/lib/routes';
import { countryShapes } from './atlas';
import { placeLabels } from './labels';
import { type MapPlace, mapExtent, mapPoints } from './points';
import { frameFor } from './projection';

/** viewBox units; the SVG scales to its container. */
const WIDTH = 800;
const PADDING = 32;
const LABEL_LAYOUT = { fontSize: 13, gap: 9, pointRadius: 6 };

/**
 * The places the titles name, on country outlines projected at build time: no map library and
 * no script reaches the browser, only an SVG. Countries with items are shaded; each city (and
 * each region without a city shown) is a link to its place page.
 */
export function PlacesMap({ places }: { places: MapPlace[] }) {
  const extent = mapExtent(places);
  if (extent.length === 0) return null;
  const frame = frameFor(extent, WIDTH, PADDING);
  const named = new Set(
    places.filter((place) => place.kind === 'country' && place.count > 0).map((place) => place.en),
  );
  const points = mapPoints(places)
    .flatMap((point) => {
      const xy = frame.projection([point.lon, point.lat]);
      return xy ? [{ ...point, x: round(xy[0]), y: round(xy[1]), text: point.zh }] : [];
    })
    // The busiest places get the first choice of label position.
    .sort((a, b) => b.count - a.count);
  const labels = placeLabels(points, { ...LABEL_LAYOUT, width: frame.width, height: frame.height });
  const text = messages.map;
  return (
    <figure>
      <svg
        viewBox={`0 0 ${frame.width} ${frame.height}`}
        className="h-auto w-full rounded border border-line bg-canvas"
      >
        <title>{text.label}</title>
        <g className="stroke-line-strong [stroke-width:0.5]">
          {countryShapes(frame).map((shape) => (
            <path
              key={shape.name}
              d={shape.d}
              className={named.has(shape.name) ? 'fill-accent/20' : 'fill-surface'}
            />
          ))}
        </g>
        {points.map((point, index) => {
          const label = labels[index];
          return (
            <a
              key={point.slug}
              href={placePath(point.slug)}
              aria-label={text.point(point.zh, point.count)}
              className="group"
            >
              <title>{text.point(point.zh, point.count)}</title>
              {/* A larger invisible disc, so a small dot is still easy to hit. */}
              <circle
                cx={point.x}
                cy={point.y}
                r="11"
                className="fill-transparent max-sm:[r:22px]"
              />
              <circle
                cx={point.x}
                cy={point.y}
                r="5"
                // On a phone the map is drawn at half size: larger dots stay visible.
                className={`max-sm:[r:9px] ${
                  point.kind === 'city'
                    ? 'fill-accent stroke-canvas [stroke-width:1.5] group-focus-visible:stroke-focus'
                    : 'fill-canvas stroke-accent [stroke-width:2.5] group-focus-visible:fill-focus'
                }`}
              />
              {label && (
                <text
                  x={round(label.x)}
                  y={round(label.y)}
                  textAnchor={label.anchor}
                  className="fill-ink text-[13px] group-hover:underline max-sm:hidden"
                >
                  {point.zh}
                </text>
              )}
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 space-y-1 text-muted text-sm">
        <MapLegend />
        <p>{text.note}</p>
      </figcaption>
    </figure>
  );
}

function MapLegend() {
  const text = messages.map;
  return (
    <span aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1">
      <span className="inline-flex items-center gap-1">
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3">
          <circle cx="6" cy="6" r="5" className="fill-accent" />
        </svg>
        {text.legendCity}
      </span>
      <span className="inline-flex items-center gap-1">
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3">
          <circle cx="6" cy="6" r="4" className="fill-canvas stroke-accent [stroke-width:2]" />
        </svg>
        {text.legendRegion}
      </span>
      <span className="inline-flex items-center gap-1">
        <span className="inline-block h-3 w-5 border border-line-strong bg-accent/20" />
        {text.legendCountry}
      </span>
    </span>
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
