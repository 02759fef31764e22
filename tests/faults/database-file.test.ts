import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * What `npm run db:setup` and `npm start` do with what they find at DATABASE_URL, run as real
 * processes: a missing file is built; a file that is not a catalogue is refused in one line and
 * left exactly as it was, never replaced.
 */

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-fault-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(script: string, databasePath: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: `file:${databasePath}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ code: number | null; stdout: string; lines: string[] }>((resolve) =>
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        // This machine's npm warns about its own configuration on every run; that is not ours.
        lines: stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn')),
      }),
    ),
  );
}

const sha256Of = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

function foreignDatabase(path: string) {
  const db = new Database(path);
  db.exec(
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');",
  );
  db.close();
}

describe('a missing database', () => {
  it('is built by db:setup, directories and all', async () => {
    const path = join(dir, 'not', 'yet', 'catalogue.db');
    const result = await run('scripts/db-setup.ts', path);
    expect(result.code).toBe(0);
    const items = Number(/^ingested (\d+) items/.exec(result.stdout)?.[1]);
    expect(items).toBeGreaterThan(0);
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      expect(db.prepare('SELECT COUNT(*) AS n FROM Item').get()).toEqual({ n: items });
    } finally {
      db.close();
    }
  });

  it('an empty file is taken as a database to build', async () => {
    const path = join(dir, 'catalogue.db');
    await writeFile(path, '');
    expect((await run('scripts/db-setup.ts', path)).code).toBe(0);
  });
});

describe.each([
  [
    'random bytes',
    (path: string) => writeFile(path, randomBytes(64 * 1024)),
    /not a readable SQLite database/,
  ],
  [
    'another application’s SQLite database',
    async (path: string) => foreignDatabase(path),
    /not a catalogue \(tables: customers\)/,
  ],
])('a file of %s at DATABASE_URL', (_, make, reason) => {
  it.each([
    ['npm run db:setup', 'scripts/db-setup.ts'],
    ['npm start', 'scripts/start.ts'],
  ])('%s refuses it in one line, exit 1, and leaves it as it was', async (_, script) => {
    const path = join(dir, 'catalogue.db');
    await make(path);
    const before = await sha256Of(path);
    const result = await run(script, path);
    expect(result.code).toBe(1);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/^error: /);
    expect(result.lines[0]).toMatch(reason);
    expect(result.lines[0]).toContain(path);
    // Refused before anything was built or served.
    expect(result.stdout).not.toMatch(/building|Next\.js/);
    expect(await sha256Of(path)).toBe(before);
  });
});
