import { parse as parseCsv } from 'csv-parse/sync';
import fc from 'fast-check';
import { parse as parseHtml } from 'parse5';
import { SaxesParser } from 'saxes';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { QUERY_MAX_LENGTH } from '@/lib/constants';
import { request } from '../support/http';

/**
 * Issue 19 part 8, through the production server: a query of hostile text (noncharacters, lone
 * surrogates, controls, bidi marks) reaches the list page, the Atom feed, the CSV, the JSON and
 * the list's preview image, and each answer is read by a parser that is not ours: saxes (strict
 * XML 1.0), parse5 (the HTML standard's tokenizer, reporting character errors), csv-parse,
 * JSON.parse and sharp (the PNG). Titles are fed through the same outputs in
 * tests/share/well-formed.test.ts.
 */

const HOSTILE = [
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '\u0001',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uFDD0',
  '\uFEFF',
  '\u200E',
  '\u202E',
  '\u2066',
  '\u2028',
  '\t',
  '&',
  '<',
  '"',
  ',',
  '论坛',
  'forum',
  ' ',
];

const query = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((units) => units.join(''))
  .filter((text) => text.length <= QUERY_MAX_LENGTH);

/** A query as a browser sends it: UTF-8, a lone surrogate as U+FFFD (the URL standard's encoding). */
function wire(text: string): string {
  return [...text]
    .map((char) => encodeURIComponent(/^[\uD800-\uDFFF]$/u.test(char) ? '\uFFFD' : char))
    .join('');
}

const notXml = (text: string) =>
  /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u.test(text);

function readXml(xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** The HTML standard's character errors, which a page must not cause whatever it echoes. */
const CHARACTER_ERRORS = new Set([
  'noncharacter-in-input-stream',
  'surrogate-in-input-stream',
  'control-character-in-input-stream',
  'unexpected-null-character',
]);

function htmlCharacterErrors(html: string): string[] {
  const errors: string[] = [];
  parseHtml(html, {
    onParseError: (error) => {
      if (CHARACTER_ERRORS.has(error.code)) errors.push(`${error.code} at ${error.startOffset}`);
    },
  });
  return errors;
}

const RUNS = 20;
const shares = { cases: 0, notXml: 0 };

describe('every output is well-formed for any query', () => {
  it('the list page, Atom, CSV, JSON and the preview image are read by their own parsers', async () => {
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('', '/en'), async (q, prefix) => {
        shares.cases += 1;
        if (notXml(q)) shares.notXml += 1;
        const search = `q=${wire(q)}`;
        const lang = prefix === '' ? '' : '&lang=en';

        const page = await request(`${prefix}/outcomes?${search}`);
        expect(page.status).toBe(200);
        expect(htmlCharacterErrors(await page.text())).toEqual([]);

        const feed = await request(`/api/outcomes.atom?${search}${lang}`);
        expect(feed.status).toBe(200);
        readXml(await feed.text());

        const csv = await request(`/api/outcomes.csv?${search}${lang}`);
        expect(csv.status).toBe(200);
        const rows = parseCsv(await csv.text(), { bom: true }) as string[][];
        expect(rows.length).toBeGreaterThanOrEqual(1);
        for (const row of rows) expect(row).toHaveLength(rows[0]?.length ?? 0);

        const json = await request(`/api/outcomes?${search}${lang}`);
        expect(json.status).toBe(200);
        expect(typeof JSON.parse(await json.text()).total).toBe('number');

        const preview = await request(`/api/preview/outcomes?${search}${lang}`);
        expect(preview.status).toBe(200);
        const image = await sharp(Buffer.from(await preview.arrayBuffer())).metadata();
        expect([image.format, image.width, image.height]).toEqual(['png', 1200, 630]);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it('most queries hold a character XML refuses, so the property tests the cleaning', () => {
    expect(shares.cases).toBe(RUNS);
    // With the weights above about nine in ten do; half is the floor this test holds to.
    expect(shares.notXml / shares.cases).toBeGreaterThanOrEqual(0.5);
  });

  it('the HTML check finds a character error where there is one', () => {
    expect(htmlCharacterErrors('<!doctype html><title>\uFFFF</title>')).toHaveLength(1);
  });
});
