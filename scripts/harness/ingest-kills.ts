import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { parseSource } from '@/lib/parser';

/**
 * SIGKILL for `npm run db:setup` at a chosen moment, and what it leaves behind: the database
 * must hold the old catalogue or the new one, complete, and pass SQLite's integrity check.
 * Shared by the fault tests (a few kills) and `npm run bench` (dozens).
 */

/** A copy of the list one item shorter: a catalogue that differs in total, rows and facets. */
async function shorterCopy(sourcePath: string, dir: string): Promise<string> {
  const text = await readFile(sourcePath, 'utf8');
  const item = parseSource(Buffer.from(text)).items.find(
    ({ sourceLines: [first, last] }) => first === last,
  );
  if (!item) throw new Error(`${sourcePath}: no item on a line of its own`);
  const lines = text.split('\n');
  lines.splice(item.sourceLines[0] - 1, 1);
  const copy = join(dir, `shorter-${basename(sourcePath)}`);
  await writeFile(copy, lines.join('\n'));
  return copy;
}

/** `npm run db:setup --source <source>` on the file, as its own process. */
function startSetup(databasePath: string, source: string) {
  return spawn(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts', '--source', source], {
    env: { ...process.env, DATABASE_URL: `file:${databasePath}` },
    stdio: 'ignore',
  });
}

/** What a catalogue holds, less the moment it was loaded: equal for equal loads of a source. */
interface Catalogue {
  sha256: string;
  items: number;
  digest: string;
}

// Every table ingest writes, each read in a fixed order; Source without its load time.
const CONTENT: Record<string, string> = {
  Source: 'SELECT fileName, sha256, parserVersion, enrichVersion, loaderVersion, text FROM Source',
  ParseIssue: 'SELECT * FROM ParseIssue ORDER BY id',
  Section: 'SELECT * FROM Section ORDER BY key',
  Category: 'SELECT * FROM Category ORDER BY id',
  MissingRange: 'SELECT * FROM MissingRange ORDER BY id',
  OutcomeType: 'SELECT * FROM OutcomeType ORDER BY key',
  Topic: 'SELECT * FROM Topic ORDER BY key',
  Place: 'SELECT * FROM Place ORDER BY slug',
  Item: 'SELECT * FROM Item ORDER BY id',
  ItemPlace: 'SELECT * FROM ItemPlace ORDER BY itemId, placeSlug',
  ItemTopic: 'SELECT * FROM ItemTopic ORDER BY itemId, topicKey',
  ItemYear: 'SELECT * FROM ItemYear ORDER BY itemId, year',
  ItemLink: 'SELECT * FROM ItemLink ORDER BY 1, 2, 3',
};

/** Reads the file as it is; throws when SQLite's integrity check finds anything wrong. */
function readCatalogue(path: string): Catalogue {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const check = db.prepare('PRAGMA integrity_check').pluck().all();
    if (check.join() !== 'ok') throw new Error(`${path}: integrity_check: ${check.join('; ')}`);
    const hash = createHash('sha256');
    for (const [table, sql] of Object.entries(CONTENT)) {
      hash.update(table);
      for (const row of db.prepare(sql).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return {
      sha256: db.prepare('SELECT sha256 FROM Source').pluck().get() as string,
      items: db.prepare('SELECT count(*) FROM Item').pluck().get() as number,
      digest: hash.digest('hex'),
    };
  } finally {
    db.close();
  }
}

interface KilledIngest {
  /** Whether the ingest's temporary database existed when the signal was sent. */
  midWrite: boolean;
  /** Whether it had finished before the signal could reach it. */
  finished: boolean;
  /** The catalogue in the file afterwards. */
  left: Catalogue;
}

/** Starts `db:setup --source <source>` on the file and sends SIGKILL after `delayMs`. */
async function killIngestAfter(
  databasePath: string,
  source: string,
  delayMs: number,
): Promise<KilledIngest> {
  const child = startSetup(databasePath, source);
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  );
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  const temp = `${basename(databasePath)}.ingest-${child.pid}.tmp`;
  const midWrite = (await readdir(dirname(databasePath))).includes(temp);
  const finished = child.exitCode !== null;
  if (!finished) child.kill('SIGKILL');
  const status = await exited;
  if (finished && status !== 0) throw new Error(`db:setup failed on its own (${status})`);
  return { midWrite, finished, left: readCatalogue(databasePath) };
}

/**
 * How long an unkilled ingest takes, and when its temporary database appears (ms from spawn):
 * the window where a kill hits the write itself.
 */
async function timeIngest(
  databasePath: string,
  source: string,
): Promise<{ writeStartsMs: number; endsMs: number }> {
  const started = performance.now();
  const child = startSetup(databasePath, source);
  const temp = `${basename(databasePath)}.ingest-${child.pid}.tmp`;
  let writeStartsMs = Number.NaN;
  const poll = setInterval(async () => {
    if (!Number.isNaN(writeStartsMs)) return;
    const names: string[] = await readdir(dirname(databasePath)).catch(() => []);
    if (names.includes(temp)) writeStartsMs = performance.now() - started;
  }, 2);
  const code = await new Promise((resolve) => child.once('exit', resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`db:setup exited with ${code}`);
  return { writeStartsMs, endsMs: performance.now() - started };
}

export interface KillRound {
  /** Which kill, when, and what it was loading, for messages. */
  what: string;
  midWrite: boolean;
  finished: boolean;
  /** The catalogue in the file afterwards: the one it held, the one being loaded, or neither. */
  outcome: 'old' | 'new' | 'broken';
  problem?: string;
  /** Items in the file afterwards, and in the server's answer right after. */
  items: number;
  served: number;
}

interface KillTrial {
  /** The file a running server reads; it holds `source`'s catalogue before and after. */
  databasePath: string;
  source: string;
  /** Where the shorter copy of the list is written. */
  scratchDir: string;
  kills: number;
  /** When to kill, in ms from the spawn, given an unkilled run's timings. */
  delay: (run: { writeStartsMs: number; endsMs: number }, kill: number) => number;
  /** The total the server answers now. */
  servedTotal: () => Promise<number>;
}

/**
 * Kills `db:setup` again and again on a file a server reads, each run loading the other of two
 * lists (the source, and a copy one item shorter), and reports what each kill left. The two
 * catalogues to expect come from clean loads by the same command.
 */
export async function killIngests(trial: KillTrial): Promise<KillRound[]> {
  const { databasePath, source } = trial;
  const shorter = await shorterCopy(source, trial.scratchDir);
  const run = await timeIngest(databasePath, shorter);
  const shorterLoad = readCatalogue(databasePath);
  await timeIngest(databasePath, source);
  const loads = { shorter: shorterLoad, source: readCatalogue(databasePath) };
  type Load = keyof typeof loads;
  const paths: Record<Load, string> = { shorter, source };
  let held: Load = 'source';
  const rounds: KillRound[] = [];
  for (let kill = 0; kill < trial.kills; kill += 1) {
    const wanted: Load = held === 'source' ? 'shorter' : 'source';
    const delayMs = Math.round(trial.delay(run, kill));
    const what = `kill ${kill + 1} at ${delayMs} ms, loading the ${wanted === 'shorter' ? 'shorter copy' : 'list'}`;
    try {
      const result = await killIngestAfter(databasePath, paths[wanted], delayMs);
      const now: Load | undefined = [held, wanted].find(
        (load) => result.left.digest === loads[load].digest,
      );
      rounds.push({
        what,
        midWrite: result.midWrite,
        finished: result.finished,
        outcome: now === undefined ? 'broken' : now === held ? 'old' : 'new',
        ...(now === undefined ? { problem: 'neither catalogue' } : {}),
        items: result.left.items,
        served: await trial.servedTotal(),
      });
      held = now ?? held;
    } catch (error) {
      const problem = (error as Error).message;
      rounds.push({
        what,
        midWrite: false,
        finished: false,
        outcome: 'broken',
        problem,
        items: 0,
        served: 0,
      });
    }
  }
  await timeIngest(databasePath, source);
  if (readCatalogue(databasePath).digest !== loads.source.digest) {
    throw new Error(`${databasePath}: the list could not be loaded back after the kills`);
  }
  return rounds;
}
