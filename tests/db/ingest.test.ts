import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '@/lib/db/ingest';
import { SourceError } from '@/lib/parser';
import {
  buildTestDatabase,
  SOURCE_PATH,
  TEST_PROVIDER,
  type TestDatabase,
} from '../support/catalogue-db';
import { expectedCatalogue } from '../support/expected';

let db: TestDatabase;
const expected = expectedCatalogue();

beforeAll(async () => {
  if (TEST_PROVIDER !== 'sqlite') return;
  db = await buildTestDatabase();
});

afterAll(async () => {
  await db?.remove();
});

const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

function query<T>(sql: string): T[] {
  const sqlite = new Database(db.path, { readonly: true });
  try {
    return sqlite.prepare(sql).all() as T[];
  } finally {
    sqlite.close();
  }
}

/** Runs `npm run db:setup`'s script in a child process, as a person would. */
function runSetup(args: string[], onSpawn?: (pid: number) => void) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts', ...args], {
    env: { ...process.env, DATABASE_URL: db.url },
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

describe.skipIf(TEST_PROVIDER !== 'sqlite')('ingest of the Xinhua copy', () => {
  it('stores every parsed item, per section as in the source (meetings 24–187, documents 68–90, initiatives 1–36)', () => {
    const rows = query<{ sectionKey: string; n: number; lo: number; hi: number }>(
      'SELECT sectionKey, count(*) AS n, min(number) AS lo, max(number) AS hi FROM Item GROUP BY sectionKey',
    );
    expect(Object.fromEntries(rows.map((r) => [r.sectionKey, [r.n, r.lo, r.hi]]))).toEqual({
      meetings: [164, 24, 187],
      documents: [23, 68, 90],
      initiatives: [36, 1, 36],
    });
    expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(expected.items.length);
  });

  it('stores every category with the counts and gaps of the parse', () => {
    const rows = query<{
      sectionKey: string;
      ordinal: number;
      declaredCount: number | null;
      foundCount: number;
      items: number;
      missing: string | null;
    }>(`SELECT c.sectionKey, c.ordinal, c.declaredCount, c.foundCount,
          (SELECT count(*) FROM Item i WHERE i.sectionKey = c.sectionKey AND i.categoryOrdinal = c.ordinal) AS items,
          (SELECT group_concat(m.first || '-' || m.last) FROM MissingRange m WHERE m.categoryId = c.id) AS missing
        FROM Category c ORDER BY c.sectionKey, c.ordinal`);
    const fromParse = expected.list.sections.flatMap((section) =>
      section.categories.map((category) => ({
        sectionKey: section.key,
        ordinal: category.ordinal,
        declaredCount: category.declaredCount,
        foundCount: category.numbers.length,
        items: category.numbers.length,
        missingCount: category.missing.length,
      })),
    );
    expect(
      rows.map(({ missing, ...row }) => ({
        ...row,
        missingCount: (missing ?? '')
          .split(',')
          .filter(Boolean)
          .reduce((sum, run) => {
            const [first, last] = run.split('-').map(Number);
            return sum + (last as number) - (first as number) + 1;
          }, 0),
      })),
    ).toEqual(
      fromParse.sort((a, b) => a.sectionKey.localeCompare(b.sectionKey) || a.ordinal - b.ordinal),
    );
  });

  it('keeps titles and source lines exactly as parsed, under keys made of section and number', () => {
    const rows = query<{ key: string; title: string; firstLine: number; lastLine: number }>(
      'SELECT key, title, firstLine, lastLine FROM Item',
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    for (const item of expected.items) {
      expect(byKey.get(item.key)).toEqual({
        key: item.key,
        title: item.title,
        firstLine: item.sourceLines[0],
        lastLine: item.sourceLines[1],
      });
    }
  });

  it('records the source: file name, sha256, publication date from the file name, every parse issue', async () => {
    const [source] = query<{ fileName: string; sha256: string; publishedOn: string; text: string }>(
      'SELECT fileName, sha256, publishedOn, text FROM Source',
    );
    expect(source?.fileName).toBe('xinhua-sco-outcomes-2025-09-02.txt');
    expect(source?.sha256).toBe(await sha256Of(SOURCE_PATH));
    expect(source?.publishedOn).toMatch(/^2025-09-02/);
    expect(query('SELECT id FROM ParseIssue')).toHaveLength(expected.list.issues.length);
  });

  it('leaves a database SQLite finds sound, in a journal mode a read-only reader can open', () => {
    expect(query<{ integrity_check: string }>('PRAGMA integrity_check')).toEqual([
      { integrity_check: 'ok' },
    ]);
    expect(query<{ journal_mode: string }>('PRAGMA journal_mode')[0]?.journal_mode).toBe('delete');
  });
});

describe.skipIf(TEST_PROVIDER !== 'sqlite')('re-ingest', () => {
  it('of the same file by the same code changes nothing and says so', async () => {
    const before = await sha256Of(db.path);
    const { ino, mtimeMs } = await stat(db.path);
    expect(
      await ingest({ sourcePath: SOURCE_PATH, database: { provider: 'sqlite', path: db.path } }),
    ).toMatchObject({
      status: 'unchanged',
    });
    const result = await runSetup(['--source', SOURCE_PATH]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^unchanged: /m);
    expect(await sha256Of(db.path)).toBe(before);
    expect(await stat(db.path)).toMatchObject({ ino, mtimeMs });
  });

  it('of a changed copy rebuilds, and every key still names the same item', async () => {
    const keysBefore = query<{ key: string; title: string }>(
      'SELECT key, title FROM Item ORDER BY key',
    );
    const changed = join(db.dir, 'xinhua-sco-outcomes-2025-09-02-copy.txt');
    await writeFile(changed, `${await readFile(SOURCE_PATH, 'utf8')}\n\n`);
    expect(
      await ingest({ sourcePath: changed, database: { provider: 'sqlite', path: db.path } }),
    ).toMatchObject({
      status: 'rebuilt',
    });
    expect(query('SELECT key, title FROM Item ORDER BY key')).toEqual(keysBefore);
    await ingest({ sourcePath: SOURCE_PATH, database: { provider: 'sqlite', path: db.path } });
  });
});

describe.skipIf(TEST_PROVIDER !== 'sqlite')(
  'a failed ingest leaves the previous database exactly as it was',
  () => {
    it('when the source is not the list: one-line error, exit code 1', async () => {
      const before = await sha256Of(db.path);
      const bad = join(db.dir, 'not-the-list.txt');
      await writeFile(bad, '这不是清单。\n只是一段文字。\n');
      await expect(
        ingest({ sourcePath: bad, database: { provider: 'sqlite', path: db.path } }),
      ).rejects.toBeInstanceOf(SourceError);
      const result = await runSetup(['--source', bad]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: .*not-the-list\.txt: /);
      expect(await sha256Of(db.path)).toBe(before);
    });

    it('when the source file does not exist, or the arguments are wrong', async () => {
      const before = await sha256Of(db.path);
      const missing = await runSetup(['--source', join(db.dir, 'absent.txt')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/^error: cannot read .*absent\.txt: ENOENT\n$/);
      const wrong = await runSetup(['--database', 'mysql://nope']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/^error: --database: /);
      expect(await sha256Of(db.path)).toBe(before);
    });

    it('when the ingest is killed with SIGKILL half-way; the next run cleans up after it', async () => {
      const before = await sha256Of(db.path);
      // A different copy, so that the child really rebuilds instead of finding nothing to do.
      const changed = join(db.dir, 'xinhua-sco-outcomes-2025-09-02-killed.txt');
      await copyFile(SOURCE_PATH, changed);
      await writeFile(changed, '\n', { flag: 'a' });

      let killedMidway = false;
      const result = await runSetup(['--source', changed], (pid) => {
        const tempName = `catalogue.db.ingest-${pid}.tmp`;
        const poll = setInterval(async () => {
          const names = await readdir(db.dir);
          if (names.includes(tempName)) {
            clearInterval(poll);
            process.kill(pid, 'SIGKILL');
            killedMidway = true;
          }
        }, 2);
      });
      expect(result.signal).toBe('SIGKILL');
      expect(killedMidway).toBe(true);
      expect(await sha256Of(db.path)).toBe(before);
      expect(query<{ integrity_check: string }>('PRAGMA integrity_check')[0]?.integrity_check).toBe(
        'ok',
      );
      expect((await readdir(db.dir)).some((name) => name.includes('.ingest-'))).toBe(true);

      const rerun = await runSetup(['--source', changed]);
      expect(rerun.code).toBe(0);
      expect((await readdir(db.dir)).some((name) => name.includes('.ingest-'))).toBe(false);
    });
  },
);
