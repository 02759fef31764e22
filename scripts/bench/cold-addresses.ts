import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@/lib/constants';

/**
 * List addresses that are each asked for once, so that every request is answered by rendering
 * (the answer cache keeps answers per address and catalogue version, lib/serve). They are views
 * a reader could ask for: a word of the catalogue's own vocabulary as `q` (each place's Chinese
 * name and its pinyin slug, each type's and topic's label, as the JSON API's facets give them),
 * with one of four section choices and one of four orders; past those combinations, page sizes
 * above the default make more. Only real listing parameters: nothing is dropped or redirected.
 */

interface ApiFacets {
  facets: Record<'place' | 'type' | 'topic', Array<{ value: string; label: string }>>;
}

const SECTIONS = ['', 'meetings', 'documents', 'initiatives'];
// Relevance, the default with a query, is left out of the address as the site's links do.
const SORTS = ['', 'section', 'number', 'title'];

export interface ColdAddresses {
  /** The next address never asked for before (until `combinations` are spent). */
  next(): string;
  /** How many were handed out. */
  readonly issued: number;
  /** How many distinct addresses there are; past that `next` starts over. */
  readonly combinations: number;
  /** The words used as `q`. */
  readonly words: number;
}

export async function coldAddresses(baseURL: string): Promise<ColdAddresses> {
  const answer = await fetch(`${baseURL}/api/outcomes`);
  if (answer.status !== 200) throw new Error(`/api/outcomes: HTTP ${answer.status}`);
  const { facets } = (await answer.json()) as ApiFacets;
  const words = [
    ...new Set([
      ...facets.place.flatMap((place) => [place.label, place.value]),
      ...facets.type.map((type) => type.label),
      ...facets.topic.map((topic) => topic.label),
    ]),
  ].filter((word) => word.trim() !== '');
  const perPageSize = words.length * SECTIONS.length * SORTS.length;
  const pageSizes = PAGE_SIZE_MAX - PAGE_SIZE_DEFAULT + 1;
  const combinations = perPageSize * pageSizes;
  let issued = 0;
  return {
    next() {
      const n = issued % combinations;
      issued += 1;
      const params = new URLSearchParams();
      const section = SECTIONS[Math.floor(n / words.length) % SECTIONS.length] ?? '';
      if (section !== '') params.set('section', section);
      params.set('q', words[n % words.length] ?? '');
      const sort = SORTS[Math.floor(n / (words.length * SECTIONS.length)) % SORTS.length] ?? '';
      if (sort !== '') params.set('sort', sort);
      const pageSize = PAGE_SIZE_DEFAULT + Math.floor(n / perPageSize);
      if (pageSize !== PAGE_SIZE_DEFAULT) params.set('pageSize', String(pageSize));
      return `/outcomes?${params}`;
    },
    get issued() {
      return issued;
    },
    combinations,
    words: words.length,
  };
}
