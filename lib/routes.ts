import type { SectionKey } from '@/lib/parser/types';

/**
 * The addresses of the pages that are not listings (those are lib/catalogue/address.ts), in the
 * site's language; `Locale.path` puts another language's prefix in front.
 */

export function outcomePath(section: SectionKey, number: number): string {
  return `/outcomes/${section}/${number}`;
}

export function placePath(slug: string): string {
  return `/places/${slug}`;
}

export function sourceLinePath(line: number): string {
  return `/source${sourceLineAnchor(line)}`;
}

export function sourceLineAnchor(line: number): `#L${number}` {
  return `#L${line}`;
}

/** The citation formats an item and a view are offered in. */
export const CITATION_FORMATS = {
  ris: 'citation.ris',
  bib: 'citation.bib',
  csl: 'citation.csl.json',
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

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
  const path = `/api/outcomes/${section}/${number}/${CITATION_FORMATS[format]}`;
  return lang === null ? path : `${path}?lang=${lang}`;
}

/** A page's link preview image (Open Graph): `lang` for a language other than the site's. */
export function previewPath(page: string, lang: string | null): string {
  const [pathname = '', query = ''] = page.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  if (lang !== null) params.set('lang', lang);
  const search = params.toString();
  return `/api/preview${pathname}${search === '' ? '' : `?${search}`}`;
}

/** The commitments the titles make, by unit and kind. */
export const COMMITMENTS_PATH = '/commitments';
