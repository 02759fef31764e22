import { z } from 'zod';
import {
  FILTER_VALUES_MAX,
  PAGE_MAX,
  PAGE_SIZE_DEFAULT,
  PAGE_SIZE_MAX,
  QUERY_MAX_LENGTH,
} from '@/lib/constants';
import { OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { SECTION_KEYS } from '@/lib/parser/types';
import { wholeNumber } from './whole-number';

export const SORT_KEYS = ['section', 'number', 'title'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** The facets a listing can be narrowed by; each is also counted in `facets`. */
export const FACET_KEYS = ['section', 'category', 'place', 'type', 'topic', 'year'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

const YEAR_MIN = 2000;
const YEAR_MAX = 2100;

const sectionValue = z.enum(SECTION_KEYS);
/** `meetings.2`: the second category of the meetings section. */
const categoryValue = z
  .string()
  .regex(new RegExp(`^(${SECTION_KEYS.join('|')})\\.[1-9]\\d?$`), 'expected <section>.<ordinal>');
const placeValue = z.enum(PLACES.map((place) => place.slug) as [string, ...string[]]);
const typeValue = z.enum(OUTCOME_TYPES.map((type) => type.key) as [string, ...string[]]);
const topicValue = z.enum(TOPICS.map((topic) => topic.key) as [string, ...string[]]);
const yearValue = wholeNumber(YEAR_MIN, YEAR_MAX);

const VALUE_SCHEMAS = {
  section: sectionValue,
  category: categoryValue,
  place: placeValue,
  type: typeValue,
  topic: topicValue,
  year: yearValue,
} satisfies Record<FacetKey, z.ZodType>;

const values = <T extends z.ZodType>(value: T) => z.array(value).max(FILTER_VALUES_MAX).default([]);

const SCALAR_SCHEMAS = {
  q: z.string().trim().max(QUERY_MAX_LENGTH).default(''),
  sort: z.enum(SORT_KEYS).default('section'),
  page: wholeNumber(1, PAGE_MAX).default(1),
  pageSize: wholeNumber(1, PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
};

/** Filters as they arrive in a URL: every facet a list (values OR), facets AND, plus q/sort/page. */
export const FiltersSchema = z.object({
  section: values(VALUE_SCHEMAS.section),
  category: values(VALUE_SCHEMAS.category),
  place: values(VALUE_SCHEMAS.place),
  type: values(VALUE_SCHEMAS.type),
  topic: values(VALUE_SCHEMAS.topic),
  year: values(VALUE_SCHEMAS.year),
  ...SCALAR_SCHEMAS,
});

export type Filters = z.infer<typeof FiltersSchema>;

export const EMPTY_FILTERS: Filters = FiltersSchema.parse({});

/** What a page or route receives: URLSearchParams, or Next.js `searchParams`. */
export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

type ScalarKey = keyof typeof SCALAR_SCHEMAS;

/**
 * Every (parameter, value) pair, in order. Only strings count: Next.js builds `searchParams`
 * on a plain object, so `?constructor=x` arrives as `[Object, 'x']`, the inherited function
 * first.
 */
export function paramEntries(raw: RawParams): Array<[string, string]> {
  if (raw instanceof URLSearchParams) return [...raw.entries()];
  return Object.entries(raw).flatMap(([key, value]) =>
    (Array.isArray(value) ? value : [value])
      .filter((one): one is string => typeof one === 'string')
      .map((one): [string, string] => [key, one]),
  );
}

/** Every parameter as its list of values: repeated parameters and comma lists both count. */
function valuesByParam(raw: RawParams): Map<string, string[]> {
  const byParam = new Map<string, string[]>();
  for (const [key, value] of paramEntries(raw)) {
    const parts = FACET_KEYS.includes(key as FacetKey) ? value.split(',') : [value];
    const kept = parts.map((part) => part.trim()).filter((part) => part !== '');
    byParam.set(key, [...(byParam.get(key) ?? []), ...kept]);
  }
  return byParam;
}

function rawShape(raw: RawParams): Record<string, unknown> {
  const byParam = valuesByParam(raw);
  const shape: Record<string, unknown> = {};
  for (const key of FACET_KEYS) {
    const list = byParam.get(key);
    if (list) shape[key] = [...new Set(list)];
  }
  for (const key of Object.keys(SCALAR_SCHEMAS) as ScalarKey[]) {
    const list = byParam.get(key);
    // A scalar given twice is ambiguous; the strict parser reports it, the lenient one keeps the first.
    if (list && list.length > 0) shape[key] = list.length === 1 ? list[0] : list;
  }
  return shape;
}

export type StrictFiltersResult =
  | { ok: true; filters: Filters }
  | { ok: false; reason: string; param: string };

/**
 * For the API: any invalid or unknown value is an error, reported with its parameter and reason
 * (to be answered with 400). Parameters the catalogue does not know are ignored.
 */
export function parseFiltersStrict(raw: RawParams): StrictFiltersResult {
  const parsed = FiltersSchema.safeParse(rawShape(raw));
  if (parsed.success) return { ok: true, filters: parsed.data };
  const issue = parsed.error.issues[0];
  const param = String(issue?.path[0] ?? '');
  return { ok: false, param, reason: `${param}: ${issue?.message ?? 'invalid'}` };
}

export interface FilterNotice {
  param: string;
  value: string;
  reason: 'invalid' | 'too-many' | 'repeated' | 'too-long';
}

/**
 * For HTML pages: keeps every valid value, drops the rest and says which, so a hand-edited or
 * stale URL still shows a result instead of an error.
 */
export function parseFiltersLenient(raw: RawParams): { filters: Filters; notices: FilterNotice[] } {
  const shape = rawShape(raw);
  const notices: FilterNotice[] = [];
  const kept: Record<string, unknown> = {};
  for (const key of FACET_KEYS) {
    const list = (shape[key] as string[] | undefined) ?? [];
    const valid = list.filter((value) => {
      const ok = VALUE_SCHEMAS[key].safeParse(value).success;
      if (!ok) notices.push({ param: key, value, reason: 'invalid' });
      return ok;
    });
    for (const value of valid.slice(FILTER_VALUES_MAX)) {
      notices.push({ param: key, value, reason: 'too-many' });
    }
    kept[key] = valid.slice(0, FILTER_VALUES_MAX);
  }
  for (const key of Object.keys(SCALAR_SCHEMAS) as ScalarKey[]) {
    const given = shape[key];
    if (given === undefined) continue;
    const [first, ...rest] = Array.isArray(given) ? (given as string[]) : [given as string];
    for (const value of rest) notices.push({ param: key, value, reason: 'repeated' });
    // An over-long query is cut rather than dropped: the reader still sees results for it.
    const value = key === 'q' ? first?.slice(0, QUERY_MAX_LENGTH) : first;
    if (value !== first) notices.push({ param: key, value: String(first), reason: 'too-long' });
    if (SCALAR_SCHEMAS[key].safeParse(value).success) kept[key] = value;
    else notices.push({ param: key, value: String(first), reason: 'invalid' });
  }
  return { filters: FiltersSchema.parse(kept), notices };
}
