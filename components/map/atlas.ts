import 'server-only';
import { geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { MapFrame } from './projection';

interface CountryShape {
  /** Natural Earth's English name, which a country's name in one of the site's languages matches. */
  name: string;
  /**
   * SVG path data in the frame's coordinates, in whole units: a unit is about a pixel at the
   * widest the map is drawn, and the outlines are sent twice (HTML and React's payload).
   */
  d: string;
}

type Countries = Topology<{ countries: GeometryCollection<{ name: string }> }>;

const topology = countries110m as unknown as Countries;

/** Country outlines as drawn in the frame; countries wholly outside it are left out. */
export function countryShapes(frame: MapFrame): CountryShape[] {
  const path = geoPath(frame.projection).digits(0);
  const collection = feature(topology, topology.objects.countries);
  return collection.features.flatMap((country: Feature<Geometry, { name: string }>) => {
    const d = path(country);
    return d ? [{ name: country.properties.name, d }] : [];
  });
}
