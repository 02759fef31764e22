import type { Metadata } from 'next';
import { FACET_KEYS, type Filters } from '@/lib/catalogue/filters';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';
import { listingHref } from './href';
import { valueLabel } from './labels';

const text = messages.outcomes;

/** The filters in words, for the title and description: 成果文件、沈阳市、“协议”. */
function filtersInWords(filters: Filters): string {
  const values = FACET_KEYS.flatMap((facet) =>
    filters[facet].map((value) => valueLabel(facet, String(value))),
  );
  if (filters.q !== '') values.push(text.quoted(filters.q));
  return values.join(text.listSeparator);
}

/**
 * Title and description name the filters, so a bookmark or a search result says what it shows;
 * the canonical URL is the normalised address of the same view.
 */
export function listingMetadata(filters: Filters): Metadata {
  const words = filtersInWords(filters);
  const title = words === '' ? text.title : text.filteredTitle(words);
  return pageMetadata({
    title: filters.page > 1 ? text.pagedTitle(title, filters.page) : title,
    description:
      words === '' ? text.description : `${text.description}${text.filteredDescription(words)}`,
    path: listingHref(filters),
  });
}
