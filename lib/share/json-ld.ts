import {
  type Catalogue,
  type CatalogueItem,
  EMPTY_FILTERS,
  exportHref,
  type Filters,
  listingHref,
  type OutcomeListing,
  type PlaceEntry,
  tiedPlaces,
} from '@/lib/catalogue';
import { COMMITMENT_UNITS } from '@/lib/enrich/numbers';
import { commitmentSummary, dispatchLabel, itemSteps, titleOf } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n/locale';
import { FILE_PATHS, PAGE_PATHS, placePath } from '@/lib/paths';
import { absoluteUrl, outcomeUrl } from '@/lib/site-url';

/**
 * Schema.org descriptions of the pages, for search engines and other readers of JSON-LD. Each
 * builder returns plain data; components/ui/json-ld.tsx writes it into the page, escaped.
 */

type Thing = Record<string, unknown>;

/**
 * The Xinhua list itself, what every item is part of: published when and where its dateline
 * says it was filed, and printed on the newspaper page the copy was taken from (a later day).
 */
function theList(locale: Locale, catalogue: Catalogue): Thing {
  const { messages } = locale;
  const { dispatch, page } = catalogue.source;
  const place = dispatch?.place;
  return {
    '@type': 'CreativeWork',
    name: messages.citation.listTitle,
    inLanguage: DEFAULT_LOCALE.lang,
    publisher: { '@type': 'Organization', name: messages.citation.publisher },
    ...(dispatch?.date ? { datePublished: dispatch.date } : {}),
    ...(place
      ? {
          locationCreated: place.entry
            ? placeOf(locale, place.entry)
            : { '@type': 'Place', name: place.printed },
        }
      : {}),
    ...(page
      ? {
          workExample: {
            '@type': 'PublicationIssue',
            name: messages.publication.page(locale.day(page.date)),
            datePublished: page.date,
          },
        }
      : {}),
  };
}

function placeOf(locale: Locale, place: PlaceEntry): Thing {
  return {
    '@type': 'Place',
    name: locale.name(place),
    url: absoluteUrl(locale.path(placePath(place.slug))),
    ...(place.lat !== null && place.lon !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon } }
      : {}),
  };
}

/**
 * One item, typed by its section: a meeting or activity is an Event (where it was held, when
 * the places say), an outcome document a DigitalDocument, an initiative a CreativeWork. Each
 * is part of the Xinhua list and covers its places.
 */
export function itemJsonLd(locale: Locale, catalogue: Catalogue, item: CatalogueItem): Thing {
  const title = titleOf(locale, item);
  const places = tiedPlaces(item).map((tag) => placeOf(locale, tag.place));
  const amounts = monetaryAmounts(locale, item);
  const type =
    item.section === 'meetings'
      ? 'Event'
      : item.section === 'documents'
        ? 'DigitalDocument'
        : 'CreativeWork';
  return {
    '@context': 'https://schema.org',
    '@type': type,
    '@id': outcomeUrl(item),
    name: title.text,
    ...(title.translated ? { alternateName: item.title } : {}),
    url: outcomeUrl(item, locale),
    inLanguage: locale.lang,
    isPartOf: theList(locale, catalogue),
    position: item.number,
    genre: locale.name(item.type),
    keywords: item.topics.map((topic) => locale.name(topic)).join(', '),
    ...(places.length > 0
      ? type === 'Event'
        ? { location: places, spatialCoverage: places }
        : { spatialCoverage: places }
      : {}),
    ...(item.years.length > 0 ? { temporalCoverage: item.years.join('/') } : {}),
    ...(amounts.length > 0 ? { [type === 'Event' ? 'about' : 'mentions']: amounts } : {}),
  };
}

const CURRENCY = new Map(COMMITMENT_UNITS.map((unit) => [unit.key, unit.currency]));

/** The sums of money an item commits, as schema.org MonetaryAmounts, each with what it is. */
function monetaryAmounts(locale: Locale, item: CatalogueItem): Thing[] {
  return item.commitments.flatMap((commitment) => {
    const currency = CURRENCY.get(commitment.unit);
    if (!currency || commitment.quantity === null) return [];
    return [
      {
        '@type': 'MonetaryAmount',
        currency,
        value: commitment.quantity,
        name: commitmentSummary(locale, commitment),
        description: commitment.words,
      },
    ];
  });
}

/** A list view: its items, in its order, as a schema.org ItemList. */
export function listingJsonLd(locale: Locale, listing: OutcomeListing, filters: Filters): Thing {
  const offset = (listing.page - 1) * listing.pageSize;
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    url: absoluteUrl(locale.path(listingHref(filters))),
    numberOfItems: listing.total,
    itemListElement: listing.items.map((item, index) => ({
      '@type': 'ListItem',
      position: offset + index + 1,
      url: outcomeUrl(item, locale),
      name: titleOf(locale, item).text,
    })),
  };
}

/** The whole catalogue as a Dataset, with its downloads: CSV, JSON, and the Data Package. */
export function datasetJsonLd(locale: Locale, catalogue: Catalogue): Thing {
  const { messages } = locale;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: messages.site.name,
    description: messages.overview.description(dispatchLabel(locale, catalogue.source)),
    url: absoluteUrl(locale.path(PAGE_PATHS.overview)),
    inLanguage: [DEFAULT_LOCALE.lang, locale.lang],
    isBasedOn: theList(locale, catalogue),
    version: catalogue.version,
    dateModified: catalogue.source.ingestedAt,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: messages.site.name },
    spatialCoverage: catalogue.places
      .filter((place) => place.kind === 'country' && place.itemCount > 0)
      .map((place) => ({ '@type': 'Place', name: locale.name(place) })),
    distribution: [
      {
        '@type': 'DataDownload',
        encodingFormat: 'text/csv',
        contentUrl: absoluteUrl(exportHref('csv', EMPTY_FILTERS, null)),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/json',
        contentUrl: absoluteUrl(FILE_PATHS.itemsJson),
      },
      {
        '@type': 'DataDownload',
        encodingFormat: 'application/vnd.datapackage+json',
        contentUrl: absoluteUrl(FILE_PATHS.dataPackage),
      },
    ],
  };
}

/** The steps to an item, the very ones its visible breadcrumb shows (itemSteps). */
export function itemBreadcrumb(locale: Locale, item: CatalogueItem): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: itemSteps(locale, item).map((step, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: step.name,
      item: absoluteUrl(locale.path(step.path)),
    })),
  };
}
