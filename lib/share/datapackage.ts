import type { Catalogue } from '@/lib/catalogue';
import { PLACE_REASONS, PLACE_ROLES } from '@/lib/enrich/types';
import { toCsv } from '@/lib/outcomes/csv';
import { SECTION_KEYS } from '@/lib/parser/types';
import { dataTablePath, FILE_PATHS, PAGE_PATHS } from '@/lib/paths';
import { absoluteUrl, outcomeUrl } from '@/lib/site-url';

/**
 * The catalogue as open data: a Frictionless Data Package (/datapackage.json) whose resources
 * are the catalogue's tables as CSV — items, categories, places, which places each item has
 * and how, which items produced which — and the items as JSON, each with its Table Schema
 * (fields, types, constraints, primary and foreign keys). The tables are the whole loaded
 * catalogue, uncapped, with machine-readable field names (the list page's CSV export has the
 * reader's language instead).
 */

type Field = {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description: string;
  constraints?: Record<string, unknown>;
  format?: string;
};

interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string | string[];
  foreignKeys?: Array<{
    fields: string | string[];
    reference: { resource: string; fields: string | string[] };
  }>;
  rows(catalogue: Catalogue): Array<Array<string | number>>;
}

const required = { required: true };

/** One side of a link table: its field, and the key of the table it refers to. */
interface End {
  name: string;
  description: string;
  resource: string;
  key: string;
}

/** A link table's key and first fields: the pair of references it links, each required. */
function linking(
  ...ends: [End, End]
): Pick<Table, 'primaryKey' | 'foreignKeys'> & { ends: Field[] } {
  return {
    primaryKey: ends.map((end) => end.name),
    foreignKeys: ends.map((end) => ({
      fields: end.name,
      reference: { resource: end.resource, fields: end.key },
    })),
    ends: ends.map((end) => ({
      name: end.name,
      type: 'string',
      description: end.description,
      constraints: required,
    })),
  };
}

const ITEM_PLACE = linking(
  { name: 'item', description: 'The item.', resource: 'items', key: 'key' },
  { name: 'place', description: 'The place.', resource: 'places', key: 'slug' },
);
const ITEM_LINK = linking(
  { name: 'from', description: 'The meeting.', resource: 'items', key: 'key' },
  { name: 'to', description: 'What it produced.', resource: 'items', key: 'key' },
);

const TABLES: Table[] = [
  {
    name: 'items',
    title: 'Items',
    description:
      'Every item of the list in this copy, in list order, with what the catalogue inferred of it.',
    primaryKey: 'key',
    foreignKeys: [{ fields: 'category', reference: { resource: 'categories', fields: 'key' } }],
    fields: [
      {
        name: 'key',
        type: 'string',
        description: 'Stable identifier: section and number.',
        constraints: { ...required, unique: true, pattern: '[a-z]+-[1-9][0-9]*' },
      },
      {
        name: 'section',
        type: 'string',
        description: 'The part of the list.',
        constraints: { ...required, enum: [...SECTION_KEYS] },
      },
      {
        name: 'category',
        type: 'string',
        description: 'The category, as section.ordinal.',
        constraints: required,
      },
      {
        name: 'number',
        type: 'integer',
        description: 'The number the list prints.',
        constraints: { ...required, minimum: 1 },
      },
      {
        name: 'title',
        type: 'string',
        description: 'The title exactly as printed (Chinese).',
        constraints: required,
      },
      {
        name: 'title_en',
        type: 'string',
        description: 'Unofficial English translation of the title (empty where none).',
      },
      {
        name: 'type',
        type: 'string',
        description: 'Outcome type key (inferred from the title).',
        constraints: required,
      },
      {
        name: 'secondary_type',
        type: 'string',
        description: "A compound title's second event type (inferred), or empty.",
      },
      {
        name: 'topics',
        type: 'string',
        description: 'Topic keys (inferred), separated by spaces.',
      },
      {
        name: 'years',
        type: 'string',
        description: 'Years the title states, separated by spaces.',
      },
      {
        name: 'first_line',
        type: 'integer',
        description: 'First line of the source the item was read from.',
        constraints: { ...required, minimum: 1 },
      },
      {
        name: 'last_line',
        type: 'integer',
        description: 'Last line of the source the item was read from.',
        constraints: { ...required, minimum: 1 },
      },
      {
        name: 'url',
        type: 'string',
        format: 'uri',
        description: "The item's page.",
        constraints: required,
      },
    ],
    rows: (catalogue) =>
      catalogue.items.map((item) => [
        item.key,
        item.section,
        item.category.value,
        item.number,
        item.title,
        item.translations.en ?? '',
        item.type.key,
        item.secondaryType?.key ?? '',
        item.topics.map((topic) => topic.key).join(' '),
        item.years.join(' '),
        item.firstLine,
        item.lastLine,
        outcomeUrl(item),
      ]),
  },
  {
    name: 'categories',
    title: 'Categories',
    description:
      "The list's categories: their headings, declared counts, number ranges and what this copy holds.",
    primaryKey: 'key',
    fields: [
      {
        name: 'key',
        type: 'string',
        description: 'section.ordinal',
        constraints: { ...required, unique: true },
      },
      {
        name: 'section',
        type: 'string',
        description: 'The part of the list.',
        constraints: { ...required, enum: [...SECTION_KEYS] },
      },
      {
        name: 'ordinal',
        type: 'integer',
        description: 'Its place in the section: 1 for （一）.',
        constraints: { ...required, minimum: 1 },
      },
      {
        name: 'heading',
        type: 'string',
        description: 'The heading as printed; empty where the copy lacks it.',
      },
      {
        name: 'line',
        type: 'integer',
        description: 'The line of the source the heading stands on; empty where the copy lacks it.',
        constraints: { minimum: 1 },
      },
      {
        name: 'inferred',
        type: 'boolean',
        description: 'True when the copy lacks the heading and the category was reconstructed.',
        constraints: required,
      },
      {
        name: 'declared_count',
        type: 'integer',
        description: 'The count its heading declares, where it does.',
      },
      {
        name: 'range_first',
        type: 'integer',
        description: 'First number of its range.',
        constraints: required,
      },
      {
        name: 'range_last',
        type: 'integer',
        description: 'Last number of its range, where known.',
      },
      {
        name: 'found',
        type: 'integer',
        description: 'Items this copy holds.',
        constraints: { ...required, minimum: 0 },
      },
      {
        name: 'missing',
        type: 'string',
        description: 'Numbers in its range this copy lacks, as runs (1-23 25).',
      },
    ],
    rows: (catalogue) =>
      catalogue.categories.map((category) => [
        category.value,
        category.section,
        category.ordinal,
        category.heading ?? '',
        category.line ?? '',
        String(category.inferred),
        category.declaredCount ?? '',
        category.range.first,
        category.range.last ?? '',
        category.found,
        category.missing
          .map((run) => (run.first === run.last ? `${run.first}` : `${run.first}-${run.last}`))
          .join(' '),
      ]),
  },
  {
    name: 'places',
    title: 'Places',
    description:
      'The gazetteer: places with their names, kind, the place containing them and coordinates.',
    primaryKey: 'slug',
    foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'slug' } }],
    fields: [
      {
        name: 'slug',
        type: 'string',
        description: 'Stable identifier, used in addresses.',
        constraints: { ...required, unique: true },
      },
      { name: 'zh', type: 'string', description: 'Chinese name.', constraints: required },
      { name: 'en', type: 'string', description: 'English name.', constraints: required },
      {
        name: 'kind',
        type: 'string',
        description: 'What kind of place.',
        constraints: { ...required, enum: ['macro-region', 'country', 'region', 'city'] },
      },
      { name: 'parent', type: 'string', description: 'The place containing it, where any.' },
      {
        name: 'lat',
        type: 'number',
        description: 'Approximate latitude (WGS 84).',
        constraints: { minimum: -90, maximum: 90 },
      },
      {
        name: 'lon',
        type: 'number',
        description: 'Approximate longitude (WGS 84).',
        constraints: { minimum: -180, maximum: 180 },
      },
      {
        name: 'items',
        type: 'integer',
        description: 'Items with this place or one inside it.',
        constraints: { ...required, minimum: 0 },
      },
    ],
    rows: (catalogue) =>
      catalogue.places.map((place) => [
        place.slug,
        place.zh,
        place.en,
        place.kind,
        place.parent ?? '',
        place.lat ?? '',
        place.lon ?? '',
        place.itemCount,
      ]),
  },
  {
    name: 'item-places',
    title: 'Places of items',
    description:
      'Each place an item has, how it was reached and the part it plays (inferred by documented rules). The site’s place filters and counts (and `items` in places) count every row here, via `parent` included; the list export’s places column names only the places an item is tied to, leaving out the `parent` rows.',
    primaryKey: ITEM_PLACE.primaryKey,
    foreignKeys: ITEM_PLACE.foreignKeys,
    fields: [
      ...ITEM_PLACE.ends,
      {
        name: 'via',
        type: 'string',
        description:
          'How: the title names it, an abbreviation, a standing fact, a linked item, the heading of the item’s category, or it contains another of the places.',
        constraints: { ...required, enum: [...PLACE_REASONS] },
      },
      {
        name: 'ref',
        type: 'string',
        description:
          'The fact id (fact), the linked item (linked), the word read (abbreviation) or the category whose heading states it (heading; see categories.csv).',
      },
      {
        name: 'role',
        type: 'string',
        description:
          'The part the place plays: actor (acts: 中方), venue (where it took place or was put forward), party (signs or is a side of it), subject (what it is about).',
        constraints: { ...required, enum: [...PLACE_ROLES] },
      },
    ],
    rows: (catalogue) =>
      catalogue.items.flatMap((item) =>
        item.places.map((tag) => [
          item.key,
          tag.place.slug,
          tag.via,
          tag.fact?.id ?? tag.linked?.key ?? tag.word ?? tag.heading?.value ?? '',
          tag.role,
        ]),
      ),
  },
  {
    name: 'item-links',
    title: 'Links between items',
    description: 'A meeting and the document or initiative it produced (found from their titles).',
    primaryKey: ITEM_LINK.primaryKey,
    foreignKeys: ITEM_LINK.foreignKeys,
    fields: [
      ...ITEM_LINK.ends,
      {
        name: 'kind',
        type: 'string',
        description: 'The relation.',
        constraints: { ...required, enum: ['produced'] },
      },
    ],
    rows: (catalogue) =>
      catalogue.items.flatMap((item) =>
        item.produced.flatMap((index) => {
          const to = catalogue.items[index];
          return to ? [[item.key, to.key, 'produced']] : [];
        }),
      ),
  },
];

/** One table as CSV (RFC 4180, UTF-8): a header of field names, then every row. */
export function tableCsv(catalogue: Catalogue, name: string): string | null {
  const table = TABLES.find((candidate) => candidate.name === name);
  if (!table) return null;
  // Formula-safe cells as in the export, but no byte-order mark: the data package's CSV dialect
  // is plain UTF-8, which tableschema and other readers take as published.
  return toCsv([table.fields.map((field) => field.name), ...table.rows(catalogue)], {
    forSpreadsheets: false,
  });
}

/** The items as JSON: one object per row of items.csv, same field names and types. */
export function itemsJson(catalogue: Catalogue): Array<Record<string, string | number>> {
  const table = TABLES[0] as Table;
  return table
    .rows(catalogue)
    .map((row) =>
      Object.fromEntries(table.fields.map((field, index) => [field.name, row[index] ?? ''])),
    );
}

/**
 * The Data Package descriptor (Frictionless Data Package v1): tabular resources for the tables,
 * and the items as JSON too — so the package is a plain data package, since a tabular one may
 * hold only tables.
 */
export function dataPackage(catalogue: Catalogue) {
  const { source } = catalogue;
  return {
    profile: 'data-package',
    name: 'sco-chairmanship-outcomes',
    title: 'Outcomes of China’s 2024–2025 SCO chairmanship (catalogue)',
    description:
      'A reference catalogue of Xinhua’s list 《中国担任上海合作组织2024—2025年轮值主席国工作成果清单》: its items as printed, with places, outcome types, topics and years inferred by documented rules, and unofficial English translations of the titles.',
    version: catalogue.version,
    created: source.ingestedAt,
    homepage: absoluteUrl(PAGE_PATHS.overview),
    sources: [
      {
        title: `新华社《${source.title ?? '中国担任上海合作组织2024—2025年轮值主席国工作成果清单'}》${source.publishedOn ? ` (${source.publishedOn})` : ''}`,
        path: absoluteUrl(PAGE_PATHS.source),
      },
    ],
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title:
          'The catalogue’s own data (structure, inferred fields, translations): Creative Commons Attribution 4.0. The titles are quoted from Xinhua’s published list, whose rights remain with Xinhua.',
      },
    ],
    resources: [
      ...TABLES.map((table) => ({
        profile: 'tabular-data-resource',
        name: table.name,
        title: table.title,
        description: table.description,
        path: absoluteUrl(dataTablePath(table.name)),
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
        schema: {
          fields: table.fields,
          primaryKey: table.primaryKey,
          ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
          missingValues: [''],
        },
      })),
      {
        profile: 'data-resource',
        name: 'items-json',
        title: 'Items (JSON)',
        description: 'The items table as a JSON array of objects, same fields.',
        path: absoluteUrl(FILE_PATHS.itemsJson),
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: { fields: (TABLES[0] as Table).fields, primaryKey: 'key' },
      },
    ],
  };
}
