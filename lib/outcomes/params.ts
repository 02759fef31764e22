import {
  type FilterNotice,
  type Filters,
  FiltersSchema,
  paramEntries,
  parseFiltersLenient,
  parseFiltersStrict,
  type RawParams,
} from '@/lib/catalogue/filters';

const KNOWN_PARAMS: ReadonlySet<string> = new Set(Object.keys(FiltersSchema.shape));

export interface ListingNotice {
  param: string;
  value: string;
  reason: FilterNotice['reason'] | 'unknown';
}

/** Parameters the listing does not read, so a mistyped name (`palce=…`) is reported, not ignored. */
function unknownParams(raw: RawParams): ListingNotice[] {
  return paramEntries(raw)
    .filter(([param]) => !KNOWN_PARAMS.has(param))
    .map(([param, value]) => ({ param, value, reason: 'unknown' }));
}

/**
 * For the list page: every valid value is kept, and every dropped value or unknown parameter
 * becomes a notice the page shows, so a stale or hand-edited address still shows results.
 */
export function readListingParams(raw: RawParams): {
  filters: Filters;
  notices: ListingNotice[];
} {
  const { filters, notices } = parseFiltersLenient(raw);
  return { filters, notices: [...notices, ...unknownParams(raw)] };
}

type ApiParams = { ok: true; filters: Filters } | { ok: false; issues: ListingNotice[] };

/**
 * For the API: any invalid value or unknown parameter is an error, and one 400 names every
 * offending value (the lenient parser's notices), not only the first.
 */
export function readApiParams(raw: URLSearchParams): ApiParams {
  const { notices } = readListingParams(raw);
  if (notices.length > 0) return { ok: false, issues: notices };
  const strict = parseFiltersStrict(raw);
  if (strict.ok) return { ok: true, filters: strict.filters };
  // Both parsers apply the same schema; should they ever disagree, the strict verdict stands.
  return {
    ok: false,
    issues: [{ param: strict.param, value: raw.get(strict.param) ?? '', reason: 'invalid' }],
  };
}
