import fc from 'fast-check';
import { FACET_KEYS } from '@/lib/catalogue';
import { QUERY_MAX_LENGTH } from '@/lib/constants';
import { OUTCOME_TYPES, PLACES, TOPICS } from '@/lib/enrich';
import { SECTION_KEYS } from '@/lib/parser/types';

/**
 * Generators of hostile addresses for tests/e2e/hostile-input.test.ts. Every generator yields
 * text as it goes on the wire: already percent-encoded where it should be, and deliberately
 * not where the point is a bad encoding.
 */

/** In every input meant to be echoed; a page that shows it must escape it. */
export const MARKER = '<x7q>';
export const QUOTED_MARKER = `"x7q'`;

/** Percent-encodes every byte but the unreserved ones; a lone surrogate becomes U+FFFD. */
export function encode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9._~-]/.test(char)
      ? char
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const SPECIAL_TEXT = [
  '',
  ' ',
  '%',
  '_',
  '\\',
  '"',
  "'",
  '`',
  '%_\\',
  "' OR 1=1 --",
  '"; DROP TABLE Item; --',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{7*7}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, on purpose.
  '${7*7}',
  '__proto__',
  'constructor',
  'toString',
  '\u0000',
  '\u0000\u0001\u0007\u001b\u007f',
  '\r\n',
  '\t',
  '\u2028\u2029',
  '\u202e',
  '\ufeff',
  '\ud800',
  '\udc00x',
  'ｓｈｅｎｙａｎｇ',
  '１２３',
  '沈阳',
  '瀋陽',
  'e\u0301\u0301\u0301',
  'Z\u0351\u0364\u036b\u0307\u0304\u0350',
  '👨‍👩‍👧‍👦',
  '..',
  '../..',
  '/',
  ',',
  ',,,',
  '=',
  '&',
  '#',
  '?',
  '+',
];

const SPECIAL_NUMBERS = [
  '-1',
  '0',
  '-0',
  '1.5',
  '1.0',
  '1e3',
  '1e309',
  '-1e309',
  '99999999999999999999',
  '9007199254740993',
  '0x10',
  '0b1',
  '0o7',
  'NaN',
  'Infinity',
  '+2',
  '02',
  '１',
  '٣',
];

/** Fragments sent exactly as written: bad or surprising percent-encodings and separators. */
const RAW_FRAGMENTS = [
  '%',
  '%%',
  '%E4%B8',
  '%E4%B8%',
  '%ZZ',
  '%G0',
  '%C0%AE',
  '%C0%AF',
  '%ED%A0%80',
  '%FF%FE',
  '%00',
  '%0D%0A',
  '%2F',
  '%2f',
  '%5C',
  '%2e%2e',
  '%2E%2E%2F',
  '..%2F',
  '%252F',
  '%25',
  '+',
  '&',
  '=',
  ',',
  ';',
];

/** Short text any parameter might carry: the nasty constants, random code points, numbers. */
const shortHostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

/**
 * Values of 10 KB: encoded, those over URL_LENGTH_MAX get 414 and those over 16 KiB Node's
 * 431, so two stay just under the cap and reach the pages.
 */
const LONG_TEXT = [
  'a'.repeat(10_240),
  '长'.repeat(3_414), // 10 KB of UTF-8, 30 KB encoded
  'a'.repeat(7_000),
  '长'.repeat(750), // 6.75 KB encoded
];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: shortHostileText },
  { weight: 1, arbitrary: fc.constantFrom(...LONG_TEXT) },
);

/** Valid values of every parameter, so hostile ones also arrive beside real filters. */
const VALID_VALUES: Record<string, readonly string[]> = {
  section: SECTION_KEYS,
  category: ['meetings.1', 'meetings.2', 'documents.2', 'initiatives.1'],
  place: PLACES.map((place) => place.slug),
  type: OUTCOME_TYPES.map((type) => type.key),
  topic: TOPICS.map((topic) => topic.key),
  year: ['2024', '2025'],
  q: ['论坛', 'shenyang', '上合', '沈阳论坛', '研修班 OR 培训班', '"民间友好论坛"', 'forum'],
  sort: ['relevance', 'section', 'number', 'title'],
  page: ['1', '2'],
  pageSize: ['1', '20', '100'],
  more: ['place', 'type', 'topic'],
};
export const KNOWN_PARAMS = Object.keys(VALID_VALUES);

/** A value as it goes on the wire: encoded text, a raw fragment, or a mixture of both. */
export const wireValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileText.map(encode) },
  { weight: 2, arbitrary: fc.constantFrom(...RAW_FRAGMENTS) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.oneof(hostileText.map(encode), fc.constantFrom(...RAW_FRAGMENTS)), {
        minLength: 2,
        maxLength: 4,
      })
      .map((parts) => parts.join('')),
  },
);

const paramName: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...KNOWN_PARAMS) },
  { weight: 1, arbitrary: fc.constantFrom('utm_source', 'palce', 'Section', 'q[]', 'page.x') },
  { weight: 2, arbitrary: wireValue },
);

/** One `name=value` pair (or a bare name, or a bare `=value`). */
const queryPair: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(...KNOWN_PARAMS)
      .chain((name) =>
        fc.constantFrom(...(VALID_VALUES[name] ?? [])).map((value) => `${name}=${encode(value)}`),
      ),
  },
  {
    weight: 6,
    arbitrary: fc.tuple(paramName, wireValue).map(([name, value]) => `${name}=${value}`),
  },
  { weight: 1, arbitrary: paramName },
  { weight: 1, arbitrary: wireValue.map((value) => `=${value}`) },
);

/** A whole query string, `?` included, or nothing; pairs may repeat and separators double. */
export const hostileQuery: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(queryPair, { maxLength: 6 }),
    fc.constantFrom('&', '&', '&', '&&', ';'),
    fc.boolean(),
  )
  .map(([pairs, separator, doubled]) => {
    if (pairs.length === 0) return doubled ? '?' : '';
    const list = doubled ? [...pairs, ...pairs] : pairs;
    return `?${list.join(separator)}`;
  });

/** A path segment in the place of a section, a number or a slug. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...SECTION_KEYS, 'MEETINGS', 'meeting') },
  { weight: 2, arbitrary: fc.constantFrom('24', '111', '5', '1', '999', '1000', '00024') },
  { weight: 1, arbitrary: fc.constantFrom(...PLACES.map((place) => place.slug), 'CHINA') },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_NUMBERS).map(encode) },
  { weight: 2, arbitrary: fc.constantFrom('..', '.', '%2e%2e', '%2E', '..%2F..%2Fsource') },
  { weight: 4, arbitrary: wireValue.filter((value) => value !== '') },
);

/** Paths of every route, with hostile segments where the route takes parameters. */
export const hostilePath: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(hostileSegment, hostileSegment).map(([s, n]) => `/outcomes/${s}/${n}`),
  fc.tuple(hostileSegment, hostileSegment).map(([s, n]) => `/api/outcomes/${s}/${n}`),
  hostileSegment.map((slug) => `/places/${slug}`),
  fc.tuple(hostileSegment, hostileSegment).map(([s, n]) => `/en/outcomes/${s}/${n}`),
  fc
    .tuple(hostileSegment, hostileSegment, hostileSegment)
    .map(([s, n, f]) => `/api/outcomes/${s}/${n}/${f}`),
  fc.tuple(hostileSegment, hostileSegment).map(([s, n]) => `/api/preview/outcomes/${s}/${n}`),
  hostileSegment.map((file) => `/data/${file}`),
  fc
    .array(hostileSegment, { minLength: 1, maxLength: 4 })
    .map((segments) => `/${segments.join('/')}`),
  hostileSegment.map((segment) => `/_next/static/${segment}`),
  fc.constantFrom('/outcomes/meetings', '/places/china/extra', '/api', '/api/outcomes/meetings'),
);

/** Every route the site serves, each of which must withstand any query. */
export const ROUTES = [
  '/',
  '/outcomes',
  '/outcomes/meetings/24',
  '/outcomes/meetings/5',
  '/places',
  '/places/shenyang',
  '/source',
  '/sitemap.xml',
  '/robots.txt',
  '/icon.svg',
  '/api/outcomes',
  '/api/outcomes/meetings/24',
  '/api/outcomes.csv',
  '/api/outcomes.atom',
  '/api/outcomes.ris',
  '/api/outcomes.bib',
  '/api/outcomes.csl.json',
  '/api/outcomes/meetings/24/citation.ris',
  '/api/preview/outcomes/meetings/24',
  '/api/preview/places/shenyang',
  '/api/map.svg',
  '/en',
  '/en/outcomes',
  '/en/outcomes/meetings/24',
  '/en/places/shenyang',
  '/en/source',
  '/datapackage.json',
  '/data/items.csv',
] as const;

/** One parameter value the API must refuse, with the parameter the refusal must name. */
export const invalidApiParam: fc.Arbitrary<{ param: string; pair: string }> = fc.oneof(
  fc
    .tuple(fc.constantFrom('page', 'pageSize'), fc.constantFrom(...SPECIAL_NUMBERS))
    .map(([param, value]) => ({ param, pair: `${param}=${encode(value)}` })),
  fc
    .tuple(fc.constantFrom(...FACET_KEYS), shortHostileText)
    .filter(([facet, text]) => isInvalidFacetValue(facet, text))
    .map(([param, text]) => ({ param, pair: `${param}=${encode(text)}` })),
  fc
    .tuple(fc.constantFrom('sort'), shortHostileText)
    .filter(([, text]) => {
      const read = asAddressReads(text).trim();
      return !VALID_VALUES.sort?.includes(read) && read !== '';
    })
    .map(([param, text]) => ({ param, pair: `${param}=${encode(text)}` })),
  fc.constantFrom('q', 'sort', 'page', 'pageSize').map((param) => ({
    param,
    pair: `${param}=${VALID_VALUES[param]?.[0]}&${param}=${VALID_VALUES[param]?.[0]}`,
  })),
  fc
    .constantFrom('utm_source', 'palce', 'Section', 'constructor', 'toString', 'x<x7q>')
    .map((param) => ({ param, pair: `${encode(param)}=1` })),
  fc.constant({ param: 'q', pair: `q=${encode('长'.repeat(QUERY_MAX_LENGTH + 1))}` }),
);

/**
 * A value as the address reader takes it once `encode` has sent it: a lone surrogate arrives as
 * U+FFFD (UTF-8 has none), and controls (tab, line feed and carriage return aside) and
 * noncharacters, which no document may carry (XML 1.0 §2.2), are dropped.
 */
function asAddressReads(text: string): string {
  return text
    .replace(/\p{Cs}/gu, '\uFFFD')
    .replace(/(?![\t\n\r])[\p{Cc}\p{Noncharacter_Code_Point}]/gu, '');
}

/** Whether one facet value is valid, as the filters schema sees it (lib/catalogue/filters.ts). */
const FACET_VALUE_IS_VALID: Record<string, (value: string) => boolean> = {
  category: (value) => new RegExp(`^(${SECTION_KEYS.join('|')})\\.[1-9]\\d?$`).test(value),
  year: (value) => /^(0|[1-9]\d*)$/.test(value) && +value >= 2000 && +value <= 2100,
};

/** Whether the API must refuse this facet value: some part is neither blank nor valid. */
function isInvalidFacetValue(facet: string, text: string): boolean {
  // The API splits on commas, trims, and drops what is left blank.
  const parts = asAddressReads(text)
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const isValid =
    FACET_VALUE_IS_VALID[facet] ?? ((value: string) => VALID_VALUES[facet]?.includes(value));
  return parts.some((part) => !isValid(part));
}

/** The marker, encoded or raw (sent as it is by node:http), possibly closing a script first. */
const wireMarker: fc.Arbitrary<string> = fc.constantFrom(
  encode(MARKER),
  encode(QUOTED_MARKER),
  encode(`</script>${MARKER}`),
  encode(`${QUOTED_MARKER}${MARKER}`),
  MARKER,
  QUOTED_MARKER,
  '%3Cx7q>',
);

/** A hostile query with the marker in a value or a name the page may show back. */
export const markedQuery: fc.Arbitrary<string> = fc
  .tuple(
    hostileQuery,
    wireMarker,
    fc.constantFrom('q', 'place', 'year', 'page', 'sort', 'category', 'x', 'name'),
    wireValue,
  )
  .map(([query, marker, slot, noise]) => {
    const pair =
      slot === 'name' ? `${marker}${noise}=${noise}` : `${slot}=${noise}${marker}${noise}`;
    return query === '' ? `?${pair}` : `${query}&${pair}`;
  });

/** A hostile path with the marker in one of its segments. */
export const markedPath: fc.Arbitrary<string> = fc
  .tuple(hostilePath, wireMarker, fc.nat())
  .map(([path, marker, at]) => {
    const segments = path.split('/');
    const index = 1 + (at % (segments.length - 1));
    segments[index] = `${segments[index]}${marker}`;
    return segments.join('/');
  });
