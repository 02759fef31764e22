import Database from 'better-sqlite3';
import pg from 'pg';
import { FACET_KEYS, type FacetKey, type Filters } from '@/lib/catalogue';

/**
 * The benchmark's own reference, not product code: a listing (one page of rows with their
 * labels, the total, every facet's counts with labels) as SQL written by hand for it and run
 * straight through the driver — better-sqlite3, or node-postgres — with every statement
 * prepared once. What lib/catalogue answers is timed against this, on the same database.
 *
 * The SQL is what one would write for the job: one statement for the total, one for the page,
 * one per facet (each with every condition but its own), and four for the page's places,
 * topics, years and translations. A facet with no condition to apply counts straight from its
 * link table. Facets count what lib/catalogue/facets.ts defines: an item's every place (named
 * or inferred, one row each in ItemPlace), its venues with the places containing them, both
 * types of a compound title.
 *
 * A text query is the one thing it does not do alike: lib/search segments words and matches
 * pinyin and translations too, while this runs `title LIKE '%word%'` for each space-separated
 * word. For a Chinese word both find much the same items; the SQL does less work, so timings
 * against it are against a lower bound.
 */

export interface RawDriver {
  all<T>(sql: string, params: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  close(): Promise<void>;
}

export interface RawListing {
  total: number;
  keys: string[];
  facets: Record<FacetKey, Map<string, number>>;
}

export function sqliteDriver(path: string): RawDriver {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return prepared(sql).all(...params) as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      prepared(sql).run(...params);
    },
    async close() {
      db.close();
    },
  };
}

export async function postgresDriver(url: string): Promise<RawDriver> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const names = new Map<string, string>();
  const query = async (sql: string, params: readonly unknown[]) => {
    // A named query is prepared by the server on first use and reused after.
    let name = names.get(sql);
    if (!name) {
      name = `listing_${names.size}`;
      names.set(sql, name);
    }
    let n = 0;
    const text = sql.replace(/\?/g, () => `$${++n}`);
    return (await client.query({ name, text, values: [...params] })).rows;
  };
  return {
    async all<T>(sql: string, params: readonly unknown[]) {
      return (await query(sql, params)) as T[];
    },
    async run(sql: string, params: readonly unknown[] = []) {
      await query(sql, params);
    },
    async close() {
      await client.end();
    },
  };
}

/**
 * Each item's venues and every place containing one, as lib/catalogue/roles.ts's venuesOf reads
 * them: the places tied as venue, then their parents up the gazetteer's tree.
 */
const VENUES = `(WITH RECURSIVE up("itemId", "slug") AS (
  SELECT "itemId", "placeSlug" FROM "ItemPlace" WHERE "role" = 'venue'
  UNION SELECT up."itemId", p."parentSlug" FROM up JOIN "Place" p ON p."slug" = up."slug"
  WHERE p."parentSlug" IS NOT NULL) SELECT "itemId", "slug" FROM up)`;

interface Condition {
  sql: string;
  params: unknown[];
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

function facetCondition(facet: FacetKey, values: readonly (string | number)[]): Condition {
  switch (facet) {
    case 'section':
      return { sql: `i."sectionKey" IN (${marks(values)})`, params: [...values] };
    case 'category': {
      const pairs = values.map((value) => String(value).split('.'));
      return {
        sql: `(${pairs.map(() => '(i."sectionKey" = ? AND i."categoryOrdinal" = ?)').join(' OR ')})`,
        params: pairs.flatMap(([section, ordinal]) => [section, Number(ordinal)]),
      };
    }
    case 'type':
      return {
        sql: `(i."typeKey" IN (${marks(values)}) OR i."secondaryTypeKey" IN (${marks(values)}))`,
        params: [...values, ...values],
      };
    case 'place':
      return {
        sql: `i."id" IN (SELECT "itemId" FROM "ItemPlace" WHERE "placeSlug" IN (${marks(values)}))`,
        params: [...values],
      };
    case 'venue':
      return {
        sql: `i."id" IN (SELECT "itemId" FROM ${VENUES} v WHERE v."slug" IN (${marks(values)}))`,
        params: [...values],
      };
    case 'topic':
      return {
        sql: `i."id" IN (SELECT "itemId" FROM "ItemTopic" WHERE "topicKey" IN (${marks(values)}))`,
        params: [...values],
      };
    case 'year':
      return {
        sql: `i."id" IN (SELECT "itemId" FROM "ItemYear" WHERE "year" IN (${marks(values)}))`,
        params: [...values],
      };
    // Its one value (yes) asks for any commitment.
    case 'commitment':
      return { sql: 'i."id" IN (SELECT "itemId" FROM "ItemCommitment")', params: [] };
    case 'unit':
      return {
        sql: `i."id" IN (SELECT "itemId" FROM "ItemCommitment" WHERE "unit" IN (${marks(values)}))`,
        params: [...values],
      };
  }
}

function whereOf(conditions: readonly Condition[]): Condition {
  if (conditions.length === 0) return { sql: '', params: [] };
  return {
    sql: `WHERE ${conditions.map((c) => c.sql).join(' AND ')}`,
    params: conditions.flatMap((c) => c.params),
  };
}

// Per facet: what it counts (value, label) and how its rows join the item.
const FACET_SQL: Record<FacetKey, { select: string; from: string; group: string }> = {
  section: {
    select: 's."key" AS value, s."heading" AS zh',
    from: '"Item" i JOIN "Section" s ON s."key" = i."sectionKey"',
    group: 's."key", s."heading"',
  },
  category: {
    select: `c."sectionKey" || '.' || CAST(c."ordinal" AS TEXT) AS value, c."heading" AS zh`,
    from: '"Item" i JOIN "Category" c ON c."sectionKey" = i."sectionKey" AND c."ordinal" = i."categoryOrdinal"',
    group: 'c."id", c."sectionKey", c."ordinal", c."heading"',
  },
  type: {
    select: 't."key" AS value, t."zh" AS zh',
    from: '"Item" i JOIN "OutcomeType" t ON t."key" IN (i."typeKey", i."secondaryTypeKey")',
    group: 't."key", t."zh"',
  },
  place: {
    select: 'p."slug" AS value, p."zh" AS zh',
    from: '"Item" i JOIN "ItemPlace" x ON x."itemId" = i."id" JOIN "Place" p ON p."slug" = x."placeSlug"',
    group: 'p."slug", p."zh"',
  },
  venue: {
    select: 'p."slug" AS value, p."zh" AS zh',
    from: `"Item" i JOIN ${VENUES} v ON v."itemId" = i."id" JOIN "Place" p ON p."slug" = v."slug"`,
    group: 'p."slug", p."zh"',
  },
  topic: {
    select: 't."key" AS value, t."zh" AS zh',
    from: '"Item" i JOIN "ItemTopic" x ON x."itemId" = i."id" JOIN "Topic" t ON t."key" = x."topicKey"',
    group: 't."key", t."zh"',
  },
  year: {
    select: 'CAST(x."year" AS TEXT) AS value, NULL AS zh',
    from: '"Item" i JOIN "ItemYear" x ON x."itemId" = i."id"',
    group: 'x."year"',
  },
  commitment: {
    select: `'yes' AS value, NULL AS zh`,
    from: '"Item" i JOIN (SELECT DISTINCT "itemId" FROM "ItemCommitment") x ON x."itemId" = i."id"',
    group: '1',
  },
  unit: {
    select: 'x."unit" AS value, NULL AS zh',
    from: '"Item" i JOIN (SELECT DISTINCT "itemId", "unit" FROM "ItemCommitment") x ON x."itemId" = i."id"',
    group: 'x."unit"',
  },
};

// The same counts without the item table, for a facet with no condition to apply.
const UNFILTERED_FROM: Partial<Record<FacetKey, string>> = {
  place: '"ItemPlace" x JOIN "Place" p ON p."slug" = x."placeSlug"',
  topic: '"ItemTopic" x JOIN "Topic" t ON t."key" = x."topicKey"',
  year: '"ItemYear" x',
};

/**
 * One page in list order (the default sort), its rows with labels, the total, every facet. A
 * text search scans every title, so it is run once into a temporary table of matches, which
 * the other statements join, rather than once per statement.
 */
export async function rawListing(driver: RawDriver, filters: Filters): Promise<RawListing> {
  const like = filters.q.split(/\s+/).filter((word) => word !== '');
  const terms: Condition[] = [];
  if (like.length > 0) {
    await driver.run('CREATE TEMP TABLE IF NOT EXISTS hits ("id" INTEGER PRIMARY KEY)');
    await driver.run('DELETE FROM hits');
    await driver.run(
      `INSERT INTO hits SELECT i."id" FROM "Item" i WHERE ${like.map(() => 'i."title" LIKE ?').join(' AND ')}`,
      like.map((term) => `%${term}%`),
    );
    terms.push({ sql: 'i."id" IN (SELECT "id" FROM hits)', params: [] });
  }
  const byFacet = new Map(
    FACET_KEYS.filter((facet) => filters[facet].length > 0).map((facet) => [
      facet,
      facetCondition(facet, filters[facet]),
    ]),
  );
  const all = whereOf([...terms, ...byFacet.values()]);

  const [{ n: total } = { n: 0 }] = await driver.all<{ n: number | string }>(
    `SELECT count(*) AS n FROM "Item" i ${all.sql}`,
    all.params,
  );
  const rows = await driver.all<{ id: number; key: string }>(
    `SELECT i."id", i."key", i."sectionKey", i."categoryOrdinal", i."number", i."title", t."zh", t."en"
     FROM "Item" i JOIN "OutcomeType" t ON t."key" = i."typeKey" ${all.sql}
     ORDER BY i."position" LIMIT ? OFFSET ?`,
    [...all.params, filters.pageSize, (filters.page - 1) * filters.pageSize],
  );
  const ids = rows.map((row) => row.id);
  if (ids.length > 0) {
    await driver.all(
      `SELECT x."itemId", x."via", x."ref", p."slug", p."zh", p."en" FROM "ItemPlace" x JOIN "Place" p ON p."slug" = x."placeSlug"
       WHERE x."via" <> 'parent' AND x."itemId" IN (${marks(ids)}) ORDER BY x."itemId", x."ordinal"`,
      ids,
    );
    await driver.all(
      `SELECT x."itemId", t."key", t."zh", t."en" FROM "ItemTopic" x JOIN "Topic" t ON t."key" = x."topicKey"
       WHERE x."itemId" IN (${marks(ids)}) ORDER BY x."itemId", t."ordinal"`,
      ids,
    );
    await driver.all(
      `SELECT "itemId", "year" FROM "ItemYear" WHERE "itemId" IN (${marks(ids)}) ORDER BY "itemId", "year"`,
      ids,
    );
    await driver.all(
      `SELECT "itemId", "locale", "title" FROM "Translation" WHERE "itemId" IN (${marks(ids)}) ORDER BY "itemId", "locale"`,
      ids,
    );
  }

  const facets = {} as Record<FacetKey, Map<string, number>>;
  for (const facet of FACET_KEYS) {
    const others = whereOf([
      ...terms,
      ...[...byFacet].filter(([f]) => f !== facet).map(([, c]) => c),
    ]);
    const { select, from, group } = FACET_SQL[facet];
    const source = others.sql === '' ? (UNFILTERED_FROM[facet] ?? from) : from;
    const counted = await driver.all<{ value: string; n: number | string }>(
      `SELECT ${select}, count(*) AS n FROM ${source} ${others.sql} GROUP BY ${group}`,
      others.params,
    );
    facets[facet] = new Map(counted.map(({ value, n }) => [String(value), Number(n)]));
  }
  return { total: Number(total), keys: rows.map((row) => row.key), facets };
}
