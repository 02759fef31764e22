import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '@/lib/db/ingest';
import { SourceError } from '@/lib/parser';
import {
  abbreviationWord,
  FACTS,
  GAZETTEER,
  itemText,
  SOURCE_LINES,
  TOPICS,
  TRANSLATIONS,
  TYPES,
} from '../catalogue/reference';
import {
  buildTestDatabase,
  SOURCE_PATH,
  TEST_PROVIDER,
  type TestDatabase,
  useTestCatalogue,
} from '../support/catalogue-db';
import { EXPECTED } from '../support/expected';
import { SOURCE_BYTES, SOURCE_TEXT } from '../support/source';
import { locationOf, readTables, type Tables, withoutLoadStamps } from './tables';

/**
 * What an ingest of the real list writes, table by table, against the hand-made tables and the
 * input files (on the provider the run uses), and how a re-ingest replaces it: all or nothing.
 */

let shared: TestDatabase;
let own: TestDatabase;
let tables: Tables;

beforeAll(async () => {
  shared = await useTestCatalogue();
  tables = await readTables(locationOf(shared));
  own = await buildTestDatabase();
}, 120_000);

afterAll(async () => {
  await own?.remove();
  await shared?.remove();
});

const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

function sqliteQuery<T>(path: string, sql: string): T[] {
  const sqlite = new Database(path, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

/** Runs `npm run db:setup`'s script in a child process, as a person would. */
function runSetup(url: string, args: string[], onSpawn?: (pid: number) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts', ...args], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid !== undefined) onSpawn?.(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{
    code: number | null;
    signal: string | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

const idOf = (key: string) => EXPECTED.findIndex((item) => item.key === key) + 1;

describe('ingest of the Xinhua copy', () => {
  it('stores every item, per section as in the source (meetings 24–187, documents 68–90, initiatives 1–36)', () => {
    const per = (section: string) => tables.Item.filter((row) => row.sectionKey === section);
    const numbers = (section: string) => per(section).map((row) => row.number);
    expect(numbers('meetings')).toEqual(Array.from({ length: 164 }, (_, i) => 24 + i));
    expect(numbers('documents')).toEqual(Array.from({ length: 23 }, (_, i) => 68 + i));
    expect(numbers('initiatives')).toEqual(Array.from({ length: 36 }, (_, i) => 1 + i));
    expect(tables.Item).toHaveLength(EXPECTED.length);
  });

  it('keeps titles as the table has them, in list order, with the lines of the real file they were read from', () => {
    expect(
      tables.Item.map((row) => ({
        key: row.key,
        sectionKey: row.sectionKey,
        categoryOrdinal: row.categoryOrdinal,
        number: row.number,
        title: row.title,
        position: row.position,
        id: row.id,
      })),
    ).toEqual(
      EXPECTED.map((item, index) => ({
        key: item.key,
        sectionKey: item.section,
        categoryOrdinal: item.category,
        number: item.number,
        title: item.title,
        position: index + 1,
        id: index + 1,
      })),
    );
    for (const row of tables.Item) {
      const text = itemText(SOURCE_LINES.slice(row.firstLine - 1, row.lastLine), row.number);
      expect(text, row.key).toBe(
        row.key === 'initiatives-36' ? `${row.title}（新华社天津9月1日电）` : row.title,
      );
    }
  });

  it('writes each item’s type, secondary type, topics and years as the table has them', () => {
    for (const [index, item] of EXPECTED.entries()) {
      const row = tables.Item[index];
      expect([row?.typeKey, row?.secondaryTypeKey], item.key).toEqual([
        item.type,
        item.secondaryType,
      ]);
      expect(
        tables.ItemTopic.filter((t) => t.itemId === index + 1)
          .map((t) => t.topicKey)
          .sort(),
        item.key,
      ).toEqual([...item.topics].sort());
      expect(
        tables.ItemYear.filter((y) => y.itemId === index + 1).map((y) => String(y.year)),
        item.key,
      ).toEqual(item.years);
    }
  });

  it('writes every place of every item with its reason, its reference, its role and its order', () => {
    expect(
      tables.ItemPlace.map(({ itemId, placeSlug, via, ref, role, ordinal }) => ({
        itemId,
        placeSlug,
        via,
        ref,
        role,
        ordinal,
      })),
    ).toEqual(
      EXPECTED.flatMap((item, index) =>
        item.places.map((place, ordinal) => ({
          itemId: index + 1,
          placeSlug: place.slug,
          via: place.via,
          // The table records the fact or linked item; the word read, by hand, for abbreviations.
          ref: place.via === 'abbreviation' ? abbreviationWord(item.key) : place.ref,
          role: place.role,
          ordinal,
        })),
      ),
    );
    // Checked by hand: the three reasons the brief names.
    const of = (key: string) => tables.ItemPlace.filter((row) => row.itemId === idOf(key));
    expect(of('meetings-70')[0]).toMatchObject({
      placeSlug: 'shenyang',
      via: 'linked',
      ref: 'documents-68',
    });
    expect(of('meetings-77')[0]).toMatchObject({
      placeSlug: 'tianjin',
      via: 'fact',
      ref: 'sco-summit-2025',
    });
    expect(of('meetings-145')[0]).toMatchObject({
      placeSlug: 'tianjin',
      via: 'abbreviation',
      ref: '津彩',
    });
  });

  it('links each meeting to the document it produced', () => {
    expect(tables.ItemLink).toEqual(
      [
        ['meetings-62', 'documents-69'],
        ['meetings-70', 'documents-68'],
        ['meetings-124', 'documents-70'],
      ].map(([from = '', to = '']) => ({ fromId: idOf(from), toId: idOf(to), kind: 'produced' })),
    );
  });

  it('writes the gazetteer, the facts and the vocabularies as their files have them', () => {
    expect(tables.Place).toEqual(
      GAZETTEER.map((place, index) => ({
        slug: place.slug,
        zh: place.zh,
        en: place.en,
        kind: place.kind,
        parentSlug: place.parent,
        lat: place.lat,
        lon: place.lon,
        aliases: place.aliases.join('\n'),
        ordinal: index + 1,
      })),
    );
    expect(tables.Fact).toEqual(
      [...FACTS]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((fact) => ({
          id: fact.id,
          placeSlug: fact.place,
          zh: fact.zh,
          en: fact.en,
          why: fact.why,
          sourceTitle: fact.source.title,
          sourcePublisher: fact.source.publisher,
          sourceDate: fact.source.date,
        })),
    );
    const terms = (rows: ReadonlyArray<{ key: string; zh: string; en: string }>) =>
      rows.map((row, index) => ({ key: row.key, zh: row.zh, en: row.en, ordinal: index + 1 }));
    expect(tables.OutcomeType).toEqual(terms(TYPES));
    expect(tables.Topic).toEqual(terms(TOPICS));
  });

  it('writes the translations of all titles, with who made them and how', () => {
    expect(tables.TranslationSet).toEqual(
      Object.entries(TRANSLATIONS).map(([locale, file]) => ({
        locale,
        status: file.provenance.status,
        note: file.provenance.note,
        date: file.provenance.date,
      })),
    );
    const byLocaleThenItem = <Row extends { locale: string; itemId: number }>(rows: Row[]) =>
      [...rows].sort((a, b) => a.locale.localeCompare(b.locale) || a.itemId - b.itemId);
    expect(byLocaleThenItem(tables.Translation)).toEqual(
      byLocaleThenItem(
        Object.entries(TRANSLATIONS).flatMap(([locale, file]) =>
          EXPECTED.map((item, index) => ({
            itemId: index + 1,
            locale,
            title: file.titles[item.key],
          })),
        ),
      ),
    );
  });

  it('writes the translated headings of the categories the copy prints', () => {
    const categoryId = (value: string) =>
      tables.Category.find((c) => `${c.sectionKey}.${c.ordinal}` === value)?.id ?? 0;
    const byLocaleThenCategory = <Row extends { locale: string; categoryId: number }>(
      rows: Row[],
    ) => [...rows].sort((a, b) => a.locale.localeCompare(b.locale) || a.categoryId - b.categoryId);
    expect(byLocaleThenCategory(tables.CategoryTranslation)).toEqual(
      byLocaleThenCategory(
        Object.entries(TRANSLATIONS).flatMap(([locale, file]) =>
          [
            ['meetings.2', '中方举办的其他活动'],
            ['documents.1', '峰会成果文件'],
            ['initiatives.1', '中方在天津峰会上提出的倡议'],
            ['initiatives.2', '中方其他倡议'],
          ].map(([value = '', heading = '']) => ({
            categoryId: categoryId(value),
            locale,
            heading: file.headings[heading],
          })),
        ),
      ),
    );
    for (const file of Object.values(TRANSLATIONS)) {
      expect(Object.keys(file.headings).sort()).toEqual(
        tables.Category.flatMap((c) => (c.heading === null ? [] : [c.heading])).sort(),
      );
    }
  });

  it('writes each title’s pinyin, one entry per character (checked by hand on a few)', () => {
    for (const row of tables.Item) {
      const pinyin = JSON.parse(row.pinyin) as string[];
      expect(pinyin, row.key).toHaveLength(row.title.length);
    }
    const pinyinOf = (key: string) =>
      JSON.parse(tables.Item[idOf(key) - 1]?.pinyin ?? '[]') as string[];
    expect(pinyinOf('meetings-27').slice(0, 11)).toEqual([
      ...['2', '0', '2', '5', 'nian', 'shang', 'hai', 'he', 'zuo', 'zu', 'zhi'],
    ]);
    // 沈阳倡议 at the end of documents-68; 银行 read as yin hang in initiatives-9.
    expect(pinyinOf('documents-68').slice(-4)).toEqual(['shen', 'yang', 'chang', 'yi']);
    const initiative9 = pinyinOf('initiatives-9');
    const at = EXPECTED[idOf('initiatives-9') - 1]?.title.indexOf('银行') ?? -1;
    expect(initiative9.slice(at, at + 2)).toEqual(['yin', 'hang']);
  });

  it('records the sections and categories with their counts, and the runs of missing numbers', () => {
    expect(
      tables.Section.map(({ key, ordinal, heading, inferred, line }) => [
        key,
        ordinal,
        heading,
        inferred,
        line,
      ]),
    ).toEqual([
      ['meetings', 1, null, true, null],
      ['documents', 2, '成果文件', false, 262],
      ['initiatives', 3, '合作倡议', false, 52],
    ]);
    expect(
      tables.Category.map((c) => [
        c.sectionKey,
        c.ordinal,
        c.heading,
        c.declaredCount,
        c.foundCount,
        c.rangeFirst,
        c.rangeLast,
        c.inferred,
        c.line,
      ]),
    ).toEqual([
      ['meetings', 1, null, null, 87, 1, 110, true, null],
      ['meetings', 2, '中方举办的其他活动', 77, 77, 111, 187, false, 466],
      ['documents', 1, '峰会成果文件', 24, 0, 1, 24, false, 264],
      ['documents', 2, null, null, 23, 25, 90, true, null],
      ['initiatives', 1, '中方在天津峰会上提出的倡议', 23, 23, 1, 23, false, 54],
      ['initiatives', 2, '中方其他倡议', 13, 13, 24, 36, false, 87],
    ]);
    for (const category of tables.Category) {
      expect(category.foundCount).toBe(
        EXPECTED.filter(
          (item) => item.section === category.sectionKey && item.category === category.ordinal,
        ).length,
      );
    }
    const categoryOf = new Map(tables.Category.map((c) => [c.id, `${c.sectionKey}.${c.ordinal}`]));
    expect(tables.MissingRange.map((m) => [categoryOf.get(m.categoryId), m.first, m.last])).toEqual(
      [
        ['meetings.1', 1, 23],
        ['documents.1', 1, 24],
        ['documents.2', 25, 67],
      ],
    );
  });

  it('records the source: file name, sha256, dispatch and page, title, its whole text and what the parser noticed', () => {
    expect(tables.Source).toHaveLength(1);
    const [source] = tables.Source;
    expect(source).toMatchObject({
      fileName: 'xinhua-sco-outcomes-2025-09-02.txt',
      sha256: createHash('sha256').update(SOURCE_BYTES).digest('hex'),
      // Line 101's （新华社天津9月1日电）, its year from line 288's 2025年9月2日 星期二.
      dispatchPlace: '天津',
      dispatchDate: new Date('2025-09-01T00:00:00Z'),
      dispatchYearFrom: 'page',
      dispatchLine: 101,
      pageDate: new Date('2025-09-02T00:00:00Z'),
      pageDateLine: 288,
      title: '中国担任上海合作组织2024—2025年轮值主席国工作成果清单',
      text: SOURCE_TEXT,
    });
    const kinds: Record<string, number> = {};
    for (const issue of tables.ParseIssue) kinds[issue.kind] = (kinds[issue.kind] ?? 0) + 1;
    expect(kinds).toEqual({
      'dateline-removed': 1, // line 101
      'skipped-lines': 8, // 103–106, 108, 266, 268–284, 286–288, 290, 470, 472–
      'inferred-section': 1, // meetings: no 一、 heading
      'inferred-category': 2, // meetings (1), documents (2)
      'missing-range': 3, // meetings 1–23, documents 1–24 and 25–67
      'count-mismatch': 1, // documents (1): 24 declared, none found
      'fragment-placed': 3, // the three pages of the copy, out of order
    });
    expect(
      tables.ParseIssue.filter((i) => i.kind === 'skipped-lines').map((i) => i.firstLine),
    ).toEqual([103, 108, 266, 268, 286, 290, 470, 472]);
    for (const issue of tables.ParseIssue) {
      expect((JSON.parse(issue.detail) as { kind: string }).kind).toBe(issue.kind);
    }
  });
});

describe('re-ingest', () => {
  it('of the same file by the same code changes nothing and says so', async () => {
    const before = await readTables(locationOf(own));
    expect(await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own) })).toMatchObject({
      status: 'unchanged',
      sha256: createHash('sha256').update(SOURCE_BYTES).digest('hex'),
    });
    // Not even the load time changes.
    expect(await readTables(locationOf(own))).toEqual(before);
    const result = await runSetup(own.url, ['--source', SOURCE_PATH]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^unchanged: /m);
    expect(await readTables(locationOf(own))).toEqual(before);
  }, 120_000);

  it('of a changed copy rebuilds, and every key still names the same item', async () => {
    const before = await readTables(locationOf(own));
    const changed = join(own.dir, 'xinhua-sco-outcomes-2025-09-02-copy.txt');
    await writeFile(changed, `${SOURCE_TEXT}\n\n`);
    expect(await ingest({ sourcePath: changed, database: locationOf(own) })).toMatchObject({
      status: 'rebuilt',
      items: 223,
      issues: 19,
    });
    const after = await readTables(locationOf(own));
    expect(after.Source[0]?.fileName).toBe('xinhua-sco-outcomes-2025-09-02-copy.txt');
    expect(after.Source[0]?.ingestedAt.getTime()).toBeGreaterThan(
      before.Source[0]?.ingestedAt.getTime() ?? Infinity,
    );
    expect(after.Item.map(({ key, title }) => [key, title])).toEqual(
      before.Item.map(({ key, title }) => [key, title]),
    );
    // Everything but the source's own row is as before.
    const { Source: _, ParseIssue: __, ...rest } = withoutLoadStamps(after);
    const { Source: ___, ParseIssue: ____, ...restBefore } = withoutLoadStamps(before);
    expect(rest).toEqual(restBefore);
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own) });
    expect(withoutLoadStamps(await readTables(locationOf(own)))).toEqual(withoutLoadStamps(before));
  }, 120_000);

  it('of a list from another file is kept by db:setup without --source, replaced when one is named', async () => {
    const operators = join(own.dir, 'operator-list.txt');
    await writeFile(operators, `${SOURCE_TEXT}\n\n\n`);
    expect(await ingest({ sourcePath: operators, database: locationOf(own) })).toMatchObject({
      status: 'rebuilt',
    });
    const loaded = await readTables(locationOf(own));
    // What `npm start` runs: db:setup with no --source, which would load the bundled list.
    const plain = await runSetup(own.url, []);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^kept: .* holds operator-list\.txt, loaded with --source/m);
    expect(plain.stdout).not.toMatch(/^note: /m);
    expect(await readTables(locationOf(own))).toEqual(loaded);
    expect(
      await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own), keepOtherSource: true }),
    ).toEqual({ status: 'kept', fileName: 'operator-list.txt', current: true });
    const named = await runSetup(own.url, ['--source', SOURCE_PATH]);
    expect(named.code).toBe(0);
    expect(named.stdout).toMatch(/^ingested 223 items /m);
    expect((await readTables(locationOf(own))).Source[0]?.fileName).toBe(
      'xinhua-sco-outcomes-2025-09-02.txt',
    );
  }, 120_000);

  it('a source that is not the list is refused before anything is written', async () => {
    const before = await readTables(locationOf(own));
    const bad = join(own.dir, 'not-the-list.txt');
    await writeFile(bad, '这不是清单。\n只是一段文字。\n');
    await expect(ingest({ sourcePath: bad, database: locationOf(own) })).rejects.toBeInstanceOf(
      SourceError,
    );
    await expect(ingest({ sourcePath: bad, database: locationOf(own) })).rejects.toThrow(
      /no numbered items/,
    );
    const result = await runSetup(own.url, ['--source', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*not-the-list\.txt: /);
    expect(await readTables(locationOf(own))).toEqual(before);
  }, 120_000);

  it('a copy without its page’s header: the page date given, else the year from the file name', async () => {
    const before = await readTables(locationOf(own));
    const headless = SOURCE_TEXT.replace('2025年9月2日 星期二\n', '');
    expect(headless).not.toBe(SOURCE_TEXT);
    const copy = join(own.dir, 'headless-copy.txt');
    await writeFile(copy, headless);
    const given = await runSetup(own.url, ['--source', copy, '--page-date', '2025-09-02']);
    expect(given.code).toBe(0);
    expect((await readTables(locationOf(own))).Source[0]).toMatchObject({
      dispatchDate: new Date('2025-09-01T00:00:00Z'),
      dispatchYearFrom: 'page',
      pageDate: new Date('2025-09-02T00:00:00Z'),
      pageDateLine: null,
    });
    const named = join(own.dir, 'headless-copy-2025-09-03.txt');
    await writeFile(named, headless);
    expect((await runSetup(own.url, ['--source', named])).code).toBe(0);
    expect((await readTables(locationOf(own))).Source[0]).toMatchObject({
      dispatchDate: new Date('2025-09-01T00:00:00Z'),
      dispatchYearFrom: 'file-name',
      pageDate: null,
      pageDateLine: null,
    });
    // The real copy prints its page date: another one given is refused, and nothing changes.
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own) });
    const loaded = await readTables(locationOf(own));
    expect(withoutLoadStamps(loaded)).toEqual(withoutLoadStamps(before));
    const refused = await runSetup(own.url, ['--source', SOURCE_PATH, '--page-date', '2025-09-03']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: .*: the copy prints its page date 2025-09-02 \(line 288\), not 2025-09-03\n$/,
    );
    const bad = await runSetup(own.url, ['--page-date', '2025-9-3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: --page-date: /);
    expect(await readTables(locationOf(own))).toEqual(loaded);
  }, 120_000);

  it('a missing source file, or wrong arguments, change nothing', async () => {
    const before = await readTables(locationOf(own));
    const missing = await runSetup(own.url, ['--source', join(own.dir, 'absent.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^error: cannot read .*absent\.txt: ENOENT\n$/);
    const wrong = await runSetup(own.url, ['--database', 'mysql://nope']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^error: --database: /);
    const unknown = await runSetup(own.url, ['--sauce', SOURCE_PATH]);
    expect(unknown.code).toBe(2);
    expect(await readTables(locationOf(own))).toEqual(before);
  }, 120_000);
});

describe.skipIf(TEST_PROVIDER !== 'sqlite')('SQLite: the file replaced all or nothing', () => {
  it('leaves a database SQLite finds sound, in a journal mode a read-only reader can open', () => {
    expect(sqliteQuery(own.path, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(sqliteQuery(own.path, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(
      sqliteQuery<{ journal_mode: string }>(own.path, 'PRAGMA journal_mode')[0]?.journal_mode,
    ).toBe('delete');
  });

  it('an unchanged source leaves the very file: same bytes, inode and time', async () => {
    const before = await sha256Of(own.path);
    const { ino, mtimeMs } = await stat(own.path);
    expect(await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own) })).toMatchObject({
      status: 'unchanged',
    });
    expect(await sha256Of(own.path)).toBe(before);
    expect(await stat(own.path)).toMatchObject({ ino, mtimeMs });
  });

  it('a rebuild is a new file renamed over the old, leaving nothing beside it', async () => {
    const { ino } = await stat(own.path);
    const changed = join(own.dir, 'xinhua-sco-outcomes-2025-09-02-renamed.txt');
    await writeFile(changed, `${SOURCE_TEXT}\n`);
    await ingest({ sourcePath: changed, database: locationOf(own) });
    expect((await stat(own.path)).ino).not.toBe(ino);
    expect((await readdir(own.dir)).filter((name) => name.startsWith('catalogue.db'))).toEqual([
      'catalogue.db',
    ]);
    await ingest({ sourcePath: SOURCE_PATH, database: locationOf(own) });
  });

  it('a bad source leaves the file exactly as it was', async () => {
    const before = await sha256Of(own.path);
    const bad = join(own.dir, 'not-the-list-either.txt');
    await writeFile(bad, '这不是清单。\n');
    await expect(ingest({ sourcePath: bad, database: locationOf(own) })).rejects.toBeInstanceOf(
      SourceError,
    );
    expect(await sha256Of(own.path)).toBe(before);
  });

  it('when the ingest is killed with SIGKILL half-way; the next run cleans up after it', async () => {
    const before = await sha256Of(own.path);
    // A different copy, so that the child really rebuilds instead of finding nothing to do.
    const changed = join(own.dir, 'xinhua-sco-outcomes-2025-09-02-killed.txt');
    await copyFile(SOURCE_PATH, changed);
    await writeFile(changed, '\n', { flag: 'a' });

    let killedMidway = false;
    const result = await runSetup(own.url, ['--source', changed], (pid) => {
      const tempName = `catalogue.db.ingest-${pid}.tmp`;
      const poll = setInterval(async () => {
        const names = await readdir(own.dir);
        if (names.includes(tempName)) {
          clearInterval(poll);
          process.kill(pid, 'SIGKILL');
          killedMidway = true;
        }
      }, 2);
    });
    expect(result.signal).toBe('SIGKILL');
    expect(killedMidway).toBe(true);
    expect(await sha256Of(own.path)).toBe(before);
    expect(sqliteQuery(own.path, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect((await readdir(own.dir)).some((name) => name.includes('.ingest-'))).toBe(true);

    const rerun = await runSetup(own.url, ['--source', changed]);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/^ingested 223 items/);
    expect((await readdir(own.dir)).some((name) => name.includes('.ingest-'))).toBe(false);
  }, 120_000);
});
