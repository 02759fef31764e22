import {
  type Catalogue,
  type CatalogueItem,
  FACET_KEYS,
  type FacetKey,
  facetOf,
} from '@/lib/catalogue';
import { COMMITMENT_KINDS, COMMITMENT_UNITS, ORDINAL_KINDS } from '@/lib/enrich/numbers';
import { PERIOD_KINDS, RELATIONS } from '@/lib/enrich/numbers/types';
import { PLACE_REASONS, PLACE_ROLES } from '@/lib/enrich/types';
import { publicationLine } from '@/lib/i18n/labels';
import { type Locale, localeOf } from '@/lib/i18n/locale';
import { LOCALES, type LocaleKey, TRANSLATED_LOCALES } from '@/lib/i18n/locales';
import { en } from '@/lib/messages/en';
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

/** The descriptor's prose is English, as its field descriptions are. */
const ENGLISH = localeOf('en') as Locale;
/**
 * The package describes itself in English (its titles and descriptions, and the facets' names
 * from the English messages); the languages its fields hold are named in English too.
 */
const LANGUAGE_NAMES = new Intl.DisplayNames(en.locale.lang, { type: 'language' });

function languageName(key: LocaleKey): string {
  return LANGUAGE_NAMES.of(key) ?? key;
}

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

/** A table of what an item's title says, one row per value: the item and the value's place in it. */
const ITEM_POSITION: Pick<Table, 'primaryKey' | 'foreignKeys' | 'fields'> = {
  primaryKey: ['item', 'position'],
  foreignKeys: [{ fields: 'item', reference: { resource: 'items', fields: 'key' } }],
  fields: [
    { name: 'item', type: 'string', description: 'The item.', constraints: required },
    {
      name: 'position',
      type: 'integer',
      description: 'Its place among the item’s, in title order, from 1.',
      constraints: { ...required, minimum: 1 },
    },
  ],
};

/** A field of a table and how a row's cell is read: one declaration, so header and rows agree. */
type Column<Row> = Field & { value(row: Row): string | number };

/** A table declared by its columns: its fields and rows are both read from them. */
function byColumns<Row>({
  columns,
  records,
  ...table
}: Omit<Table, 'fields' | 'rows'> & {
  columns: readonly Column<Row>[];
  records(catalogue: Catalogue): readonly Row[];
}): Table {
  return {
    ...table,
    fields: columns.map(({ value: _, ...field }) => field),
    rows: (catalogue) =>
      records(catalogue).map((row) => columns.map((column) => column.value(row))),
  };
}

/** Where an item field stands among the facets' (facet-table.ts `rank`): in rising rank. */
type RankedColumn = Column<CatalogueItem> & { rank: number };

/** After every ranked facet: where a facet that declares no field of its own stands. */
const FACET_RANK_DEFAULT = 95;

/** A facet's fields in the items table, from its declaration. */
function facetFields(facet: FacetKey): RankedColumn[] {
  const declared = facetOf(facet).dataFields;
  if (declared === undefined) {
    return [
      {
        name: facet,
        type: 'string',
        description: `${en.outcomes.facets.names[facet]}: its values, separated by spaces.`,
        rank: FACET_RANK_DEFAULT,
        value: (item) => facetOf(facet).valuesOf(item).join(' '),
      },
    ];
  }
  return declared.map(({ rank, value, name, description, constraints }) => ({
    name,
    type: 'string',
    description,
    ...(constraints ? { constraints } : {}),
    rank,
    value,
  }));
}

const ITEM_FIELDS: RankedColumn[] = [
  {
    name: 'key',
    type: 'string',
    description: 'Stable identifier: section and number.',
    constraints: { ...required, unique: true, pattern: '[a-z]+-[1-9][0-9]*' },
    rank: 10,
    value: (item) => item.key,
  },
  {
    name: 'number',
    type: 'integer',
    description: 'The number the list prints.',
    constraints: { ...required, minimum: 1 },
    rank: 30,
    value: (item) => item.number,
  },
  {
    name: 'title',
    type: 'string',
    description: 'The title exactly as printed (Chinese).',
    constraints: required,
    rank: 40,
    value: (item) => item.title,
  },
  // One translation of the title a language, `title_<locale>`, in the order of the languages.
  ...TRANSLATED_LOCALES.map(
    (key): RankedColumn => ({
      name: `title_${key}`,
      type: 'string',
      description: `Unofficial ${languageName(key)} translation of the title (empty where none).`,
      rank: 50,
      value: (item) => item.translations[key] ?? '',
    }),
  ),
  {
    name: 'first_line',
    type: 'integer',
    description: 'First line of the source the item was read from.',
    constraints: { ...required, minimum: 1 },
    rank: 110,
    value: (item) => item.firstLine,
  },
  {
    name: 'last_line',
    type: 'integer',
    description: 'Last line of the source the item was read from.',
    constraints: { ...required, minimum: 1 },
    rank: 111,
    value: (item) => item.lastLine,
  },
  {
    name: 'url',
    type: 'string',
    format: 'uri',
    description: "The item's page.",
    constraints: required,
    rank: 120,
    value: (item) => outcomeUrl(item),
  },
];

/** The items table's columns in rank order, the facets' from their declarations. */
const ITEM_COLUMNS: Column<CatalogueItem>[] = [...ITEM_FIELDS, ...FACET_KEYS.flatMap(facetFields)]
  .sort((a, b) => a.rank - b.rank)
  .map(({ rank: _, ...column }) => column);

const TABLES: Table[] = [
  byColumns({
    name: 'items',
    title: 'Items',
    description:
      'Every item of the list in this copy, in list order, with what the catalogue inferred of it.',
    primaryKey: 'key',
    foreignKeys: [{ fields: 'category', reference: { resource: 'categories', fields: 'key' } }],
    columns: ITEM_COLUMNS,
    records: (catalogue) => catalogue.items,
  }),
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
      // Its name in each language of the site, a field named by the language's key.
      ...LOCALES.map(
        ({ key }): Field => ({
          name: key,
          type: 'string',
          description: `${languageName(key)} name.`,
          constraints: required,
        }),
      ),
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
        ...LOCALES.map(({ key }) => place.names[key]),
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
  {
    name: 'commitments',
    title: 'Commitments',
    description:
      'What the titles commit to, read from their numbers and words by documented rules (data/numbers.json): an exact quantity in a unit, or a relation to what exists (a doubling, a second phase), with its kind, its period and the words read. Inferred.',
    primaryKey: ITEM_POSITION.primaryKey,
    foreignKeys: ITEM_POSITION.foreignKeys,
    fields: [
      ...ITEM_POSITION.fields,
      {
        name: 'quantity',
        type: 'number',
        description: 'The quantity, exact (20亿 is 2000000000); empty for a relation.',
        constraints: { minimum: 0 },
      },
      {
        name: 'unit',
        type: 'string',
        description: 'Unit key: money in yuan, power in kilowatts, counts by their noun.',
        constraints: { ...required, enum: COMMITMENT_UNITS.map((unit) => unit.key) },
      },
      {
        name: 'kind',
        type: 'string',
        description: 'Kind of commitment: grant, loan, build, provide, treat…',
        constraints: { ...required, enum: COMMITMENT_KINDS.map((kind) => kind.key) },
      },
      {
        name: 'relation',
        type: 'string',
        description: 'multiple (翻一番) or phase (二期); empty for a quantity.',
        constraints: { enum: [...RELATIONS] },
      },
      {
        name: 'relation_value',
        type: 'integer',
        description: 'How many times (multiple) or which phase (phase).',
        constraints: { minimum: 1 },
      },
      {
        name: 'period_kind',
        type: 'string',
        description: 'year, from-year or next-years; empty where the title states no period.',
        constraints: { enum: [...PERIOD_KINDS] },
      },
      {
        name: 'period_value',
        type: 'integer',
        description: 'The year (year, from-year) or the number of years (next-years).',
        constraints: { minimum: 1 },
      },
      {
        name: 'period_words',
        type: 'string',
        description: 'The words of the title the period was read from.',
      },
      {
        name: 'words',
        type: 'string',
        description: 'The words of the title the commitment was read from.',
        constraints: required,
      },
    ],
    rows: (catalogue) =>
      catalogue.items.flatMap((item) =>
        item.commitments.map((one, position) => [
          item.key,
          position + 1,
          one.quantity ?? '',
          one.unit,
          one.kind,
          one.relation?.key ?? '',
          one.relation?.value ?? '',
          one.period?.kind ?? '',
          one.period?.value ?? '',
          one.period?.words ?? '',
          one.words,
        ]),
      ),
  },
  {
    name: 'ordinals',
    title: 'Ordinals of meetings and events',
    description:
      'The how-manyth of a recurring meeting or event a title says (第N次, 第N届), and the series it continues: the event without its ordinal, years and edition words. Inferred.',
    primaryKey: ITEM_POSITION.primaryKey,
    foreignKeys: ITEM_POSITION.foreignKeys,
    fields: [
      ...ITEM_POSITION.fields,
      {
        name: 'value',
        type: 'integer',
        description: 'The ordinal: 12 for 第十二次.',
        constraints: { ...required, minimum: 1 },
      },
      {
        name: 'kind',
        type: 'string',
        description: 'session (次) or edition (届).',
        constraints: { ...required, enum: ORDINAL_KINDS },
      },
      {
        name: 'series',
        type: 'string',
        description: 'The series, as printed (Chinese).',
        constraints: required,
      },
      {
        name: 'words',
        type: 'string',
        description: 'The words of the title the ordinal was read from.',
        constraints: required,
      },
    ],
    rows: (catalogue) =>
      catalogue.items.flatMap((item) =>
        item.ordinals.map((one, position) => [
          item.key,
          position + 1,
          one.value,
          one.kind,
          one.series,
          one.words,
        ]),
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
        title: `《${source.title ?? en.citation.listTitle}》, ${publicationLine(ENGLISH, source)}`,
        path: absoluteUrl(PAGE_PATHS.source),
        // The same facts for machines (ISO days), each named for what it is.
        dispatch: source.dispatch && {
          place: source.dispatch.place?.printed ?? null,
          date: source.dispatch.date,
          yearFrom: source.dispatch.yearFrom,
        },
        pageDate: source.page?.date ?? null,
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
