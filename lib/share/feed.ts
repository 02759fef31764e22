import {
  type Catalogue,
  type CatalogueItem,
  type Filters,
  listingHref,
  tiedPlaces,
  viewOf,
} from '@/lib/catalogue';
import {
  filtersLine,
  fullCategoryName,
  itemLabel,
  publicationLine,
  summaryLine,
  titleOf,
} from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { absoluteUrl, outcomeUrl } from '@/lib/site-url';
import { escapeXml } from './xml';

/**
 * Stable identifiers (RFC 4151 tag URIs) that depend on what an entry is, not on where the site
 * runs or when the catalogue was loaded: the same item has the same id in every load of the
 * same list, so a feed reader never sees an entry twice.
 */
const TAG_AUTHORITY = 'tag:sco-outcomes-catalogue,2025';

/**
 * When entries count as updated. Items carry no date of their own, so an entry's `updated` is
 * the day Xinhua filed the list (its dateline's, with the year the page gives), and the feed's
 * the same: loading the same list again changes nothing a reader sees, and a new dispatch of
 * the list shows as updated. Without a dispatch date, the newspaper page's; without either,
 * the day the catalogue was loaded.
 */
function feedDate(catalogue: Catalogue): string {
  const { dispatch, page, ingestedAt } = catalogue.source;
  return `${dispatch?.date ?? page?.date ?? ingestedAt.slice(0, 10)}T00:00:00Z`;
}

function entry(locale: Locale, item: CatalogueItem, updated: string): string {
  const separator = locale.messages.locale.listSeparator;
  const places = tiedPlaces(item).map((tag) => locale.name(tag.place));
  const title = titleOf(locale, item);
  // Where the item stands, its places and type; under a translation, the original too.
  const { marked } = locale.messages.inferred;
  const summary = summaryLine([
    itemLabel(locale, item),
    fullCategoryName(locale, item.category),
    places.length === 0 ? '' : marked(places.join(separator)),
    marked(locale.name(item.type)),
    title.translated ? item.title : '',
  ]);
  return [
    '<entry>',
    `<id>${TAG_AUTHORITY}:${escapeXml(item.key)}</id>`,
    `<title>${escapeXml(title.text)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(outcomeUrl(item, locale))}"/>`,
    `<updated>${updated}</updated>`,
    `<summary>${escapeXml(summary)}</summary>`,
    `<category term="${escapeXml(item.type.key)}" label="${escapeXml(locale.name(item.type))}"/>`,
    '</entry>',
  ].join('');
}

/**
 * An Atom feed (RFC 4287) of a view: the same filters and search as its list page, every match
 * (up to the export cap), in the view's order. `self` is the feed's own address.
 */
export function atomFeed(
  locale: Locale,
  catalogue: Catalogue,
  filters: Filters,
  items: readonly CatalogueItem[],
  self: string,
): string {
  const { messages } = locale;
  const words = filtersLine(locale, catalogue, filters);
  const updated = feedDate(catalogue);
  const view = listingHref(viewOf(filters));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale.lang}">`,
    `<id>${TAG_AUTHORITY}:${escapeXml(`${locale.key}:${view}`)}</id>`,
    `<title>${escapeXml(messages.feed.title(words === '' ? messages.feed.all : words))}</title>`,
    `<subtitle>${escapeXml(messages.footer.source(publicationLine(locale, catalogue.source)))}</subtitle>`,
    `<updated>${updated}</updated>`,
    `<author><name>${escapeXml(messages.citation.publisher)}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(locale.path(view)))}"/>`,
    `<generator>${escapeXml(messages.site.name)}</generator>`,
    ...items.map((item) => entry(locale, item, updated)),
    '</feed>',
    '',
  ].join('\n');
}
