import type { FacetKey } from '@/lib/catalogue/filters';
import type { SectionKey } from '@/lib/parser/types';

/** Every internal address a page links to is built here, so a route's shape changes in one place. */

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

/** The filtered list, with the parameter names lib/catalogue/filters.ts parses. */
export function outcomesListPath(filter: Partial<Record<FacetKey | 'q', string | number>>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `/outcomes?${query}` : '/outcomes';
}

/** The `category` filter's value: `meetings.2` for the second category of the meetings part. */
export function categoryValue(section: SectionKey, ordinal: number): string {
  return `${section}.${ordinal}`;
}
