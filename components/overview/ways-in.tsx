import Link from 'next/link';
import { BarChart } from '@/components/charts/bar-chart';
import { PlacesMap } from '@/components/map/places-map';
import { PlaceTree } from '@/components/places/place-tree';
import { InferredMark } from '@/components/ui/inferred-mark';
import { type Overview, valueHref } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';
import { PAGE_PATHS } from '@/lib/paths';

/** The vocabularies shown as bar charts, each with its overview text and inferred note. */
const TERM_FACETS = [
  { facet: 'type', terms: 'types', text: 'types', note: 'type' },
  { facet: 'topic', terms: 'topics', text: 'topics', note: 'topics' },
] as const;

/** Ways into the catalogue: by place (map and list), by type, by topic; every entry a link. */
export function WaysIn({ locale, overview }: { locale: Locale; overview: Overview }) {
  const { messages } = locale;
  const text = messages.overview;
  const bars = (facet: 'type' | 'topic', terms: Overview['types']) =>
    terms.map((term) => ({
      key: term.key,
      label: locale.name(term),
      count: term.count,
      href: term.count === 0 ? null : locale.path(valueHref(facet, term.key)),
    }));
  return (
    <section aria-labelledby="ways-in" className="stack-lg">
      <h2 id="ways-in" className="sr-only">
        {text.waysIn}
      </h2>
      <section aria-labelledby="by-place" className="stack">
        <h3 id="by-place" className="section-title">
          {text.byPlace}
        </h3>
        <InferredMark locale={locale} note={messages.inferred.places} />
        <PlacesMap locale={locale} places={overview.places} />
        <PlaceTree locale={locale} places={overview.places} label={messages.map.list} />
        <p>
          <Link href={locale.path(PAGE_PATHS.places)}>{text.allPlaces}</Link>
        </p>
      </section>
      <div className="two-columns">
        {TERM_FACETS.map(({ facet, terms, text: part, note }) => (
          <section key={facet} aria-labelledby={`by-${facet}`}>
            <h3 id={`by-${facet}`} className="section-title">
              {text[part].heading}
            </h3>
            <InferredMark locale={locale} note={messages.inferred[note]} />
            <BarChart
              caption={text[part].caption}
              bars={bars(facet, overview[terms])}
              zero={messages.chart.zero}
            />
          </section>
        ))}
      </div>
    </section>
  );
}
