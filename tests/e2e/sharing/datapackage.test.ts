import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readNumberTable } from '@/lib/enrich/numbers/facts';
import { EXPECTED } from '../../support/expected';
import { CATEGORY_NAMES, ENGLISH, PLACES, RUSSIAN } from '../outcomes/support';
import { CATEGORIES, ORIGIN } from '../pages/support';
import { request } from '../support/http';

/**
 * Issue 12: the catalogue as a Frictionless Data Package, checked with the Frictionless
 * libraries themselves (datapackage, tableschema; untyped, so loaded with require and given the
 * little shape used here), then row by row against the hand-made tables.
 */

interface Field {
  name: string;
  type: string;
  constraints?: Record<string, unknown>;
}
interface Schema {
  fields: Field[];
  primaryKey: string | string[];
  foreignKeys?: Array<{
    fields: string | string[];
    reference: { resource: string; fields: string | string[] };
  }>;
}
interface ResourceDescriptor {
  name: string;
  path: string;
  profile: string;
  format: string;
  mediatype: string;
  encoding: string;
  schema: Schema;
}
interface Descriptor {
  profile: string;
  name: string;
  resources: ResourceDescriptor[];
  [key: string]: unknown;
}
type Row = Record<string, unknown>;

const require = createRequire(import.meta.url);
const { Package } = require('datapackage') as {
  Package: {
    load(
      descriptor: unknown,
      options: { basePath: string },
    ): Promise<{ valid: boolean; errors: Error[] }>;
  };
};
const { Table } = require('tableschema') as {
  Table: {
    load(
      source: string | (() => Readable),
      options: { schema: Schema },
    ): Promise<{
      read(options: { keyed: true; cast: true; relations?: Record<string, Row[]> }): Promise<Row[]>;
    }>;
  };
};

/**
 * The answers' absolute addresses use the fixed SITE_URL (http://localhost:3000); the test's
 * server listens elsewhere, so they are fetched from it.
 */
function local(url: string): string {
  expect(url.startsWith(`${ORIGIN}/`), url).toBe(true);
  return new URL(url.slice(ORIGIN.length), inject('baseURL')).href;
}

/**
 * tableschema checks `format: uri` with validator.js, which wants a top-level domain: the fixed
 * test origin has none, so the rows are read with the public origin a deployment would have.
 * The `url` column is compared with the test origin below, so nothing is lost.
 */
const PUBLIC_ORIGIN = 'https://sco-outcomes.example.org';

let descriptor: Descriptor;
const csv = new Map<string, { bytes: Uint8Array; text: string; response: Response }>();
const rows = new Map<string, Row[]>();

beforeAll(async () => {
  const response = await request('/datapackage.json');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  descriptor = (await response.json()) as Descriptor;
  for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
    const fetched = await fetch(local(resource.path));
    const bytes = new Uint8Array(await fetched.arrayBuffer());
    csv.set(resource.name, {
      response: fetched,
      bytes,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    });
  }
  // Every table read and cast by its schema, row by row.
  for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
    const text = (csv.get(resource.name)?.text ?? '').replaceAll(ORIGIN, PUBLIC_ORIGIN);
    const table = await Table.load(() => Readable.from([text]), { schema: resource.schema });
    rows.set(
      resource.name,
      (await table.read({ keyed: true, cast: true })).map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([name, value]) => [
            name,
            typeof value === 'string' ? value.replaceAll(PUBLIC_ORIGIN, ORIGIN) : value,
          ]),
        ),
      ),
    );
  }
}, 60_000);

function table(name: string): Row[] {
  const found = rows.get(name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

function keyOf(row: Row, fields: string | string[]): string {
  return (Array.isArray(fields) ? fields : [fields])
    .map((field) => String(row[field]))
    .join('\u0000');
}

describe('/datapackage.json', () => {
  it('describes the tables, each at an address of the site, with a schema', async () => {
    expect(descriptor.profile).toBe('data-package');
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([
      'items',
      'categories',
      'places',
      'item-places',
      'item-links',
      'commitments',
      'ordinals',
      'items-json',
    ]);
    for (const resource of descriptor.resources) {
      expect(resource.path).toBe(
        `${ORIGIN}/data/${resource.name === 'items-json' ? 'items.json' : `${resource.name}.csv`}`,
      );
      expect(resource.schema.fields.length).toBeGreaterThan(0);
    }
  });

  it('names its source by the list’s dispatch and the newspaper page, each for what it is', () => {
    // The dateline closing the list (line 101) and the page's header (line 288).
    expect(descriptor.sources).toEqual([
      {
        title:
          '《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》, Xinhua, Tianjin, 1 September 2025 (newspaper page of 2 September 2025)',
        path: `${ORIGIN}/source`,
        dispatch: { place: '天津', date: '2025-09-01', yearFrom: 'page' },
        pageDate: '2025-09-02',
      },
    ]);
  });

  it('its tables make a valid tabular data package', async () => {
    const tabular = {
      ...descriptor,
      resources: descriptor.resources.filter((one) => one.format === 'csv'),
    };
    const pkg = await Package.load(tabular, { basePath: inject('baseURL') });
    expect(pkg.errors.map((error) => error.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('the whole descriptor is a valid data package', async () => {
    const pkg = await Package.load(descriptor, { basePath: inject('baseURL') });
    expect(pkg.errors.map((error) => error.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  // Published as they are: no byte-order mark, which Frictionless readers would take for
  // part of the first header.
  it('each table can be read as published, by its schema', async () => {
    for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
      const { bytes, text } = csv.get(resource.name) ?? { bytes: new Uint8Array(), text: '' };
      expect(bytes.slice(0, 3), `${resource.name} starts with a byte-order mark`).not.toEqual(
        new Uint8Array([0xef, 0xbb, 0xbf]),
      );
      // The bytes as sent (decoded keeping any mark), only the origin made a public one.
      const published = text.replaceAll(ORIGIN, PUBLIC_ORIGIN);
      const table = await Table.load(() => Readable.from([published]), { schema: resource.schema });
      expect((await table.read({ keyed: true, cast: true })).length).toBeGreaterThan(0);
    }
  });

  it('each table is CSV as described: UTF-8, CRLF rows, the schema’s fields as its header', () => {
    for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
      const fetched = csv.get(resource.name);
      expect(fetched?.response.status, resource.name).toBe(200);
      expect(fetched?.response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(resource.mediatype).toBe('text/csv');
      const header = fetched?.text.split('\r\n')[0];
      expect(header, resource.name).toBe(
        resource.schema.fields.map((field) => field.name).join(','),
      );
    }
  });

  it('every row casts to its schema (types, required fields, enums, minimums)', () => {
    for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
      const lines = (csv.get(resource.name)?.text ?? '').trimEnd().split('\r\n');
      // Rows hold no line breaks, so every line after the header is one row.
      expect(table(resource.name), resource.name).toHaveLength(lines.length - 1);
    }
  });

  it('primary keys are unique', () => {
    for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
      const keys = table(resource.name).map((row) => keyOf(row, resource.schema.primaryKey));
      expect(new Set(keys).size, resource.name).toBe(keys.length);
    }
  });

  it('foreign keys resolve', () => {
    for (const resource of descriptor.resources.filter((one) => one.format === 'csv')) {
      for (const foreign of resource.schema.foreignKeys ?? []) {
        const target =
          foreign.reference.resource === '' ? resource.name : foreign.reference.resource;
        const known = new Set(table(target).map((row) => keyOf(row, foreign.reference.fields)));
        for (const row of table(resource.name)) {
          const fields = Array.isArray(foreign.fields) ? foreign.fields : [foreign.fields];
          if (fields.some((field) => row[field] === null)) continue;
          expect(
            known.has(keyOf(row, foreign.fields)),
            `${resource.name} ${keyOf(row, foreign.fields)} → ${target}`,
          ).toBe(true);
        }
      }
    }
    // The two the catalogue depends on, said plainly.
    const items = new Set(table('items').map((row) => row.key));
    const places = new Set(table('places').map((row) => row.slug));
    for (const row of table('item-places')) {
      expect(items.has(row.item), String(row.item)).toBe(true);
      expect(places.has(row.place), String(row.place)).toBe(true);
    }
  });
});

describe('the tables hold the hand-made catalogue', () => {
  it('commitments and ordinals: those of the hand-made table of numbers', () => {
    const numbers = readNumberTable(
      readFileSync(new URL('../../fixtures/expected-numbers.tsv', import.meta.url), 'utf8'),
    );
    const period = (row: Row) =>
      row.period_kind === null ? '' : `${row.period_kind} ${row.period_value}`;
    expect(
      table('commitments').map((row) => [
        row.item,
        row.words,
        row.quantity ?? `${row.relation} ${row.relation_value}`,
        row.unit,
        row.kind,
        period(row),
      ]),
    ).toEqual(
      numbers
        .filter((row) => row.class === 'amount' || row.class === 'relative')
        .map((row) => [
          row.key,
          row.words,
          row.class === 'amount' ? Number(row.value) : `${row.relation} ${row.value}`,
          row.unit,
          row.kind,
          row.period,
        ]),
    );
    expect(
      table('ordinals').map((row) => [row.item, row.words, row.value, row.kind, row.series]),
    ).toEqual(
      numbers
        .filter((row) => row.class === 'ordinal')
        .map((row) => [row.key, row.words, Number(row.value), row.kind, row.series]),
    );
  });

  it('items: every item, in list order, its title as printed, in English and in Russian', () => {
    expect(table('items').map((row) => row.key)).toEqual(EXPECTED.map((item) => item.key));
    for (const [index, item] of EXPECTED.entries()) {
      expect(table('items')[index], item.key).toMatchObject({
        section: item.section,
        category: `${item.section}.${item.category}`,
        number: item.number,
        title: item.title,
        title_en: ENGLISH.titles[item.key],
        title_ru: RUSSIAN.titles[item.key],
        type: item.type,
        secondary_type: item.secondaryType,
        topics: item.topics.length === 0 ? null : item.topics.join(' '),
        years: item.years.length === 0 ? null : item.years.join(' '),
        url: `${ORIGIN}/outcomes/${item.section}/${item.number}`,
      });
    }
  });

  it('categories: as read off the source', () => {
    expect(table('categories')).toEqual(
      CATEGORIES.map((category) => ({
        key: `${category.section}.${category.ordinal}`,
        section: category.section,
        ordinal: category.ordinal,
        heading: category.heading,
        line: category.line,
        inferred: category.heading === null,
        declared_count: category.declared,
        range_first: category.first,
        range_last: category.last,
        found: category.found,
        missing:
          category.found === category.last - category.first + 1
            ? null
            : // This copy lacks the first numbers of each incomplete category.
              `${category.first}-${category.last - category.found}`,
      })),
    );
    expect(Object.keys(CATEGORY_NAMES)).toEqual(table('categories').map((row) => row.key));
  });

  it('places: the gazetteer, each counting the items tied to it', () => {
    const counts = new Map<string, number>();
    for (const item of EXPECTED) {
      for (const place of item.places) counts.set(place.slug, (counts.get(place.slug) ?? 0) + 1);
    }
    expect(table('places').map((row) => [row.slug, row.zh, row.en, row.parent, row.items])).toEqual(
      PLACES.map((place) => [
        place.slug,
        place.zh,
        place.en,
        place.parent,
        counts.get(place.slug) ?? 0,
      ]),
    );
  });

  it('item-places: every place of every item, how it was reached and the part it plays', () => {
    const expected = EXPECTED.flatMap((item) =>
      item.places.map(
        (place) =>
          `${item.key} ${place.slug} ${place.via}${place.ref ? ` ${place.ref}` : ''} ${place.role}`,
      ),
    );
    // The table gives no word for an abbreviation; the package gives the word read.
    const shown = table('item-places').map(
      (row) =>
        `${row.item} ${row.place} ${row.via}${row.via === 'abbreviation' ? '' : row.ref ? ` ${row.ref}` : ''} ${row.role}`,
    );
    expect([...shown].sort()).toEqual([...expected].sort());
  });

  it('items.json holds the same items as items.csv', async () => {
    const json = (await (await request('/data/items.json')).json()) as Row[];
    expect(json.map((row) => row.key)).toEqual(table('items').map((row) => row.key));
    expect(json.map((row) => row.title)).toEqual(table('items').map((row) => row.title));
  });
});
