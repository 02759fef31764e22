import type { SectionKey } from '@/lib/parser/types';

/**
 * Every address the site makes — pages, anchors, exports, data files, API — in the site's
 * language; `Locale.path` puts another language's prefix in front. Nothing else writes a site
 * path out (tests/paths.test.ts greps for them): a page moved is moved here.
 */

/** The pages that are not one item's or one place's. */
export const PAGE_PATHS = {
  overview: '/',
  outcomes: '/outcomes',
  places: '/places',
  source: '/source',
  /** What the titles commit to, by unit and kind. */
  commitments: '/commitments',
} as const;

/** The listing page; its query is lib/catalogue/address.ts's. */
export const OUTCOMES_PATH = PAGE_PATHS.outcomes;

/** The ids of page parts that links land on. */
export const ANCHORS = {
  main: 'main',
  /** The list page's results: every link that changes the view lands here. */
  results: 'results',
  /** The overview's account of the copy, where an empty result sends the reader. */
  copy: 'copy',
} as const;
type Anchor = keyof typeof ANCHORS;

/** A link to one of ANCHORS on the same page: `#results`. */
export function anchorHref(anchor: Anchor): `#${string}` {
  return `#${ANCHORS[anchor]}`;
}

/** A path with one of ANCHORS: `/outcomes?place=shenyang#results`. */
export function withAnchor(path: string, anchor: Anchor): string {
  return `${path}${anchorHref(anchor)}`;
}

/** Files and answers that are not pages. */
export const FILE_PATHS = {
  dataPackage: '/datapackage.json',
  itemsJson: '/data/items.json',
  api: '/api/outcomes',
  /** The country outlines behind the map's points (app/api/map.svg/route.ts). */
  mapOutlines: '/api/map.svg',
  sitemap: '/sitemap.xml',
  /** Link preview images, under the path of the page they preview. */
  previews: '/api/preview',
} as const;

/** One table of the Data Package as CSV: `/data/items.csv`. */
export function dataTablePath(table: string): string {
  return `/data/${table}.csv`;
}

export function outcomePath(section: SectionKey, number: number): string {
  return `${PAGE_PATHS.outcomes}/${section}/${number}`;
}

export function placePath(slug: string): string {
  return `${PAGE_PATHS.places}/${slug}`;
}

export function sourceLinePath(line: number): string {
  return `${PAGE_PATHS.source}${sourceLineAnchor(line)}`;
}

export function sourceLineAnchor(line: number): `#L${number}` {
  return `#L${line}`;
}

/**
 * The citation formats an item and a view are offered in: the name readers know them by, the
 * file extension (a view's `/api/outcomes.ris`, an item's `…/citation.ris`) and the media type.
 */
export const CITATION_FORMATS = {
  ris: {
    name: 'RIS',
    extension: 'ris',
    mediaType: 'application/x-research-info-systems; charset=utf-8',
  },
  bib: { name: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex; charset=utf-8' },
  csl: {
    name: 'CSL-JSON',
    extension: 'csl.json',
    mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;
export const CITATION_FORMAT_KEYS = Object.keys(CITATION_FORMATS) as CitationFormat[];

/** An item's citation file name in a format: `citation.csl.json`. */
export function citationFile(format: CitationFormat): string {
  return `citation.${CITATION_FORMATS[format].extension}`;
}

/**
 * One item's citation as a file: `/api/outcomes/documents/68/citation.ris`, with `lang` for a
 * language other than the site's.
 */
export function citationPath(
  section: SectionKey,
  number: number,
  format: CitationFormat,
  lang: string | null = null,
): string {
  const path = `${FILE_PATHS.api}/${section}/${number}/${citationFile(format)}`;
  return lang === null ? path : `${path}?lang=${lang}`;
}

/** A view in another form: JSON (paged, like the page), and whole-view downloads. */
export const EXPORT_PATHS = {
  json: FILE_PATHS.api,
  csv: `${FILE_PATHS.api}.csv`,
  atom: `${FILE_PATHS.api}.atom`,
  ris: `${FILE_PATHS.api}.${CITATION_FORMATS.ris.extension}`,
  bib: `${FILE_PATHS.api}.${CITATION_FORMATS.bib.extension}`,
  csl: `${FILE_PATHS.api}.${CITATION_FORMATS.csl.extension}`,
} as const;
export type ExportFormat = keyof typeof EXPORT_PATHS;

/** A page's link preview image (Open Graph): `lang` for a language other than the site's. */
export function previewPath(page: string, lang: string | null): string {
  const [pathname = '', query = ''] = page.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  if (lang !== null) params.set('lang', lang);
  const search = params.toString();
  return `${FILE_PATHS.previews}${pathname}${search === '' ? '' : `?${search}`}`;
}
