import { createRequire } from 'node:module';
import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Catalogue,
  type CatalogueItem,
  EMPTY_FILTERS,
  type Filters,
  listOutcomes,
} from '@/lib/catalogue';
import { loadedCatalogue } from '@/lib/catalogue/loaded';
import { LOCALE_LIST, type Locale } from '@/lib/i18n/locale';
import { toApiListing } from '@/lib/outcomes/api';
import { csvFileName, outcomesCsv } from '@/lib/outcomes/csv';
import { citationResponse, toCsl } from '@/lib/share/citation';
import { atomFeed } from '@/lib/share/feed';
import { type TestDatabase, useTestCatalogue } from '../support/catalogue-db';

/**
 * Issue 19 part 8: whatever text a title or a query holds — noncharacters, lone surrogates,
 * controls, bidi marks, very long runs — every output it reaches is still read by a parser that
 * is not ours: Atom by saxes (a conforming, non-validating XML 1.0 parser), citations by
 * citation-js, CSV by csv-parse, JSON by JSON.parse. The text read back is the text given, less
 * what the format cannot carry. (The sitemap holds only paths and vocabulary slugs; pages and
 * preview images are fed hostile queries through the real server in tests/e2e/hostile-input.)
 */

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as {
  Cite: new (
    data: unknown,
    options: { forceType: string },
  ) => { data: Array<{ id?: string; title?: string }> };
};
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');

/** Characters chosen to break formats, from the specs' own lists of what they refuse. */
const HOSTILE_UNITS = [
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFDD0',
  '\uFEFF',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u2028',
  '\r',
  '\n',
  '\t',
  '&',
  '<',
  '>',
  '"',
  "'",
  ',',
  '{',
  '}',
  '\\',
  '%',
  '#',
  '=',
  ']]>',
];

const unit = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_UNITS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom('上海合作组织', 'SCO', ' ', '峰会') },
);

/** Any text, now and then a very long one. */
const text = fc.oneof(
  { weight: 9, arbitrary: fc.array(unit, { minLength: 1, maxLength: 40 }).map((u) => u.join('')) },
  {
    weight: 1,
    arbitrary: fc.array(unit, { minLength: 1, maxLength: 8 }).map((u) => u.join('').repeat(2000)),
  },
);

const RUNS = 60;

/** XML 1.0 §2.2: Char, less the characters it discourages (controls, noncharacters). */
function isXmlChar(cp: number): boolean {
  const char =
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff);
  const discouraged =
    (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
  return char && !discouraged;
}

/** What XML can carry of a text, as its parser reads it back (§2.11: every line end a LF). */
function asXmlReads(value: string): string {
  return [...value]
    .filter((char) => isXmlChar(char.codePointAt(0) as number))
    .join('')
    .replace(/\r\n?/g, '\n');
}

/** The text as UTF-8 carries it: a lone surrogate becomes U+FFFD (WHATWG Encoding). */
function asUtf8Reads(value: string): string {
  return value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

const hasNonXml = (value: string) =>
  [...value].some((char) => !isXmlChar(char.codePointAt(0) as number));

/** A document read strictly, with the text of every element whose name is asked for. */
function readXml(xml: string, names: readonly string[]): Record<string, string[]> {
  const parser = new SaxesParser({ xmlns: true });
  const found: Record<string, string[]> = Object.fromEntries(names.map((name) => [name, []]));
  const open: Array<{ name: string; text: string }> = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => open.push({ name: tag.local ?? tag.name, text: '' }));
  parser.on('text', (value) => {
    const current = open.at(-1);
    if (current) current.text += value;
  });
  parser.on('closetag', () => {
    const done = open.pop();
    if (done && names.includes(done.name)) found[done.name]?.push(done.text);
  });
  parser.write(xml).close();
  return found;
}

let db: TestDatabase;
let catalogue: Catalogue;
let base: CatalogueItem;

beforeAll(async () => {
  db = await useTestCatalogue();
  catalogue = await loadedCatalogue();
  base = catalogue.items[0] as CatalogueItem;
});

afterAll(async () => {
  await db.remove();
});

/** A language, drawn by key so a counterexample prints short. */
const locale = fc
  .constantFrom(...LOCALE_LIST.map((one) => one.key))
  .map((key) => LOCALE_LIST.find((one) => one.key === key) as Locale);

/** A real item with the given title as printed and as translated into every language. */
function titled(title: string, translation: string): CatalogueItem {
  const translations = Object.fromEntries(
    LOCALE_LIST.filter((one) => one.langParam !== null).map((one) => [one.key, translation]),
  );
  return { ...base, title, translations };
}

const shares = { cases: 0, nonXml: 0 };

describe('every output is well-formed for any text', () => {
  it('Atom: saxes reads the feed; titles and the query come back less what XML refuses', () => {
    fc.assert(
      fc.property(locale, text, text, text, (one: Locale, title, translation, q) => {
        shares.cases += 1;
        if (hasNonXml(title) || hasNonXml(q)) shares.nonXml += 1;
        const item = titled(title, translation);
        const filters: Filters = { ...EMPTY_FILTERS, q };
        const xml = atomFeed(one, catalogue, filters, [item], 'https://example.org/feed');
        const read = readXml(xml, ['title', 'summary']);
        const [feedTitle, entryTitle] = read.title ?? [];
        expect(feedTitle).toBe(
          asXmlReads(one.messages.feed.title(one.messages.outcomes.quoted(q))),
        );
        const shown = one.langParam === null ? title : translation;
        expect(entryTitle).toBe(asXmlReads(shown));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['ris', '@ris/file'],
    ['bib', '@bibtex/text'],
    ['csl', '@csl/list+object'],
  ] as const)('%s: citation-js reads one record, its title as given', async (format, input) => {
    await fc.assert(
      fc.asyncProperty(locale, text, async (one: Locale, title) => {
        const response = citationResponse(
          format,
          [toCsl(one, catalogue, titled(title, title))],
          'x',
          'v',
        );
        const body = await response.text();
        const records = new Cite(format === 'csl' ? JSON.parse(body) : body, {
          forceType: input,
        }).data;
        expect(records).toHaveLength(1);
        expect(records[0]?.id).toBe(base.key);
        // JSON escapes a lone surrogate (\udc00) rather than encoding it, so CSL-JSON keeps it.
        const sent = format === 'csl' ? title : asUtf8Reads(title);
        expect(citedTitle(format, records[0]?.title ?? '')).toBe(citedTitle(format, sent));
      }),
      { numRuns: RUNS },
    );
  });

  // A property found these: TeX reads '' as ” and -- as –, so a title came back changed.
  it.each([
    ["Two apostrophes '' stay two", "Two apostrophes '' stay two"],
    ['Backticks `` and dashes -- and --- stay', 'Backticks `` and dashes -- and --- stay'],
  ])('BibTeX: citation-js reads %s as typed, not as TeX ligatures', (title, expected) => {
    const body = citationResponse(
      'bib',
      [toCsl(LOCALE_LIST[0] as Locale, catalogue, titled(title, title))],
      'x',
      'v',
    );
    return body.text().then((text) => {
      const records = new Cite(text, { forceType: '@bibtex/text' }).data;
      expect(records[0]?.title).toBe(expected);
    });
  });

  it('CSV: csv-parse reads one row per item, the title as given; the file name is a header', () => {
    fc.assert(
      fc.property(locale, text, text, (one: Locale, title, q) => {
        const csv = outcomesCsv(one, [titled(title, title)]);
        const rows = parseCsv(asUtf8Reads(csv), { bom: true, relaxQuotes: false }) as string[][];
        expect(rows).toHaveLength(2);
        const cell = rows[1]?.[4];
        expect([title, `'${title}`].map(asUtf8Reads)).toContain(cell);
        const name = csvFileName('x', { ...EMPTY_FILTERS, q });
        expect(() => new Headers({ 'Content-Disposition': name })).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('JSON: JSON.parse reads the listing, titles as given', async () => {
    await fc.assert(
      fc.asyncProperty(locale, text, async (one: Locale, title) => {
        const listing = listOutcomes(catalogue, { ...EMPTY_FILTERS, pageSize: 1 }, null);
        const body = toApiListing(one, catalogue, { ...listing, items: [titled(title, title)] });
        const read = JSON.parse(await Response.json(body).text());
        // JSON escapes a lone surrogate (\udc00), so it is read back as it was.
        expect(read.items[0].title).toBe(title);
      }),
      { numRuns: RUNS },
    );
  });

  it('most generated cases hold a character XML refuses, so the properties test the cleaning', () => {
    expect(shares.cases).toBe(RUNS);
    // With the weights above about four in five do; half is the floor this test holds to.
    expect(shares.nonXml / shares.cases).toBeGreaterThanOrEqual(0.5);
  });
});

/**
 * A title as each format can give it back: CSL-JSON as it is; RIS and BibTeX are line- and
 * word-based, so their readers give any run of white space as one space, trimmed.
 */
function citedTitle(format: 'ris' | 'bib' | 'csl', title: string): string {
  return format === 'csl' ? title : title.replace(/\s+/g, ' ').trim();
}
