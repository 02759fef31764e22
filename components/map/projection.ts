import { type GeoProjection, geoConicEqualArea, geoPath } from 'd3-geo';
import type { MultiPoint } from 'geojson';

export interface LonLat {
  lon: number;
  lat: number;
}

export interface MapFrame {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** Equal-area conic with standard parallels across the band the list's places lie in. */
const PARALLELS: [number, number] = [25, 55];

/**
 * A projection that fits the given points into `width` with `padding` on every side, and the
 * height that this fit needs: the map is cropped to the places it shows, not the whole world.
 * Outlines beyond the frame are clipped, so countries far away cost no path data.
 */
export function frameFor(points: readonly LonLat[], width: number, padding: number): MapFrame {
  if (points.length === 0) throw new Error('a map needs at least one point');
  const extent: MultiPoint = {
    type: 'MultiPoint',
    coordinates: points.map(({ lon, lat }) => [lon, lat]),
  };
  const centre =
    (Math.min(...points.map((p) => p.lon)) + Math.max(...points.map((p) => p.lon))) / 2;
  const projection = geoConicEqualArea()
    .parallels(PARALLELS)
    .rotate([-centre, 0])
    .fitWidth(width - 2 * padding, extent);
  const [[, top], [, bottom]] = geoPath(projection).bounds(extent);
  const height = Math.ceil(bottom - top + 2 * padding);
  projection
    .fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      extent,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  return { projection, width, height };
}
