import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { expectedKeys, itemOf } from '../outcomes/support';
import { ORIGIN } from '../pages/support';
import { request } from '../support/http';

/**
 * Issue 12: an item cited as RIS, BibTeX and CSL-JSON, read back by citation-js — what Zotero
 * and the other citation managers would make of it. citation-js ships no type declarations, so
 * it is loaded with require and given the little shape used here.
 */

interface CslRecord {
  id?: string;
  type?: string;
  title?: string;
  URL?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][] };
  'publisher-place'?: string;
  [field: string]: unknown;
}
interface CiteConstructor {
  new (data: unknown, options?: { forceType?: string }): { data: CslRecord[] };
}

const require = createRequire(import.meta.url);
const { Cite } = require('@citation-js/core') as { Cite: CiteConstructor };
require('@citation-js/plugin-ris');
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');

const LIST_TITLE = '中国担任上海合作组织2024—2025年轮值主席国工作成果清单';

const FORMATS = {
  ris: {
    file: 'citation.ris',
    type: 'application/x-research-info-systems; charset=utf-8',
    input: '@ris/file',
  },
  bib: { file: 'citation.bib', type: 'application/x-bibtex; charset=utf-8', input: '@bibtex/text' },
  csl: {
    file: 'citation.csl.json',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    input: '@csl/list+object',
  },
} as const;
type Format = keyof typeof FORMATS;

/** One item of each part of the list. */
const ITEMS = ['meetings-70', 'documents-68', 'initiatives-36'] as const;

async function cite(
  key: string,
  format: Format,
): Promise<{ response: Response; records: CslRecord[] }> {
  const item = itemOf(key);
  const response = await request(
    `/api/outcomes/${item.section}/${item.number}/${FORMATS[format].file}`,
  );
  const text = await response.text();
  const data = format === 'csl' ? JSON.parse(text) : text;
  return { response, records: new Cite(data, { forceType: FORMATS[format].input }).data };
}

const CASES = ITEMS.flatMap((key) =>
  (Object.keys(FORMATS) as Format[]).map((format) => [key, format] as const),
);

describe('an item’s citation, read back by citation-js', () => {
  it.each(CASES)(
    '%s as %s: the title exactly as printed, the item’s address',
    async (key, format) => {
      const { response, records } = await cite(key, format);
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe(FORMATS[format].type);
      expect(response.headers.get('Content-Disposition')).toBe(
        `attachment; filename="${key}.${format === 'csl' ? 'csl.json' : format}"`,
      );
      expect(records).toHaveLength(1);
      const [record] = records;
      const item = itemOf(key);
      expect(record?.title).toBe(item.title);
      expect(record?.URL).toBe(`${ORIGIN}/outcomes/${item.section}/${item.number}`);
      expect(record?.publisher).toBe('新华社');
      // The list's dateline, line 101 (新华社天津9月1日电), its year from the page, line 288.
      expect(record?.issued?.['date-parts'][0]).toEqual([2025, 9, 1]);
      expect(record?.['publisher-place']).toBe('天津');
    },
  );

  /** Whether any field of the record read back names the Xinhua list by its title. */
  const namesTheList = (record: CslRecord | undefined) =>
    Object.values(record ?? {}).some(
      (value) => typeof value === 'string' && value.includes(LIST_TITLE),
    );

  it.each([
    ['meetings-70', 'ris'],
    ['documents-68', 'ris'],
    ['initiatives-36', 'ris'],
    ['meetings-70', 'bib'],
    ['documents-68', 'bib'],
    ['initiatives-36', 'bib'],
    ['meetings-70', 'csl'],
    ['documents-68', 'csl'],
    ['initiatives-36', 'csl'],
  ] as const)('%s as %s names the Xinhua list it is part of', async (key, format) => {
    const { records } = await cite(key, format);
    expect(namesTheList(records[0])).toBe(true);
    expect(records[0]?.['container-title']).toBe(LIST_TITLE);
  });

  it('the English page’s citation keeps the printed title and puts the translation in the note', async () => {
    const response = await request('/api/outcomes/documents/68/citation.csl.json?lang=en');
    const [record] = new Cite(await response.json(), { forceType: '@csl/list+object' }).data;
    expect(record?.title).toBe(itemOf('documents-68').title);
    expect(record?.URL).toBe(`${ORIGIN}/en/outcomes/documents/68`);
    expect(String(record?.note)).toContain('unofficial translation');
    expect(record?.['publisher-place']).toBe('Tianjin');
  });

  it.each([
    ['/api/outcomes/meetings/5/citation.ris', 404],
    ['/api/outcomes/documents/68/citation.doc', 404],
    ['/api/outcomes/documents/68/citation.ris?lang=fr', 400],
    ['/api/outcomes/documents/68/citation.ris?style=apa', 400],
  ])('%s answers %i', async (path, status) => {
    expect((await request(path)).status).toBe(status);
  });
});

describe('a view’s citations', () => {
  it.each(['ris', 'bib', 'csl'] as const)(
    'as %s: one record per item of the view',
    async (format) => {
      const path = {
        ris: '/api/outcomes.ris',
        bib: '/api/outcomes.bib',
        csl: '/api/outcomes.csl.json',
      }[format];
      const response = await request(`${path}?place=shenyang`);
      expect(response.status).toBe(200);
      const text = await response.text();
      const records = new Cite(format === 'csl' ? JSON.parse(text) : text, {
        forceType: FORMATS[format].input,
      }).data;
      const keys = expectedKeys({ place: ['shenyang'] });
      expect(records.map((record) => record.id)).toEqual(keys);
      expect(records.map((record) => record.title)).toEqual(keys.map((key) => itemOf(key).title));
    },
  );
});
