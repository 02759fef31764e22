import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PAGE_SIZE_DEFAULT } from '@/lib/constants';
import { parseSource } from '@/lib/parser';
import { onCleanup } from '@/scripts/harness/processes';
import { runCommand } from '@/scripts/harness/run-command';
import { startServer } from '@/scripts/harness/server';
import type { Row } from './table';

/**
 * Re-ingest while loaded: a second server on a copy of the catalogue answers request loops of
 * this process's own (fetch, so every answer is read whole) while `db:setup` loads, in turn, the
 * list without one item and the whole list again into the file it reads. Each answer must be
 * 200 and whole: the version in its Catalogue-Version header, the versions its body states, and
 * the list its content shows (a total, the removed item there or not) must all be one
 * catalogue's. The switch time is how long after `db:setup` exits the first answer of the new
 * catalogue arrives, and the last of the old one; when the file itself was replaced is noted.
 */

const SOURCE = resolve('data/xinhua-sco-outcomes-2025-09-02.txt');
const SCRATCH = join('var', 'bench', 'reingest');
export const REINGEST_CONNECTIONS = 20;
const WARMUP_MS = 2_000;
/** After each switch, load goes on this long before the next ingest. */
const SETTLE_MS = 1_000;
/** How long every address may take to answer from the new catalogue after an ingest. */
const SWITCH_TIMEOUT_MS = 30_000;
const REQUEST_TIMEOUT_MS = 30_000;
const POLL_MS = 5;
// The version a page was made from, wherever it states it (HTML attribute or React payload).
const VERSION_MARK = /data-catalogue-version\\?"?\s*[:=]\s*\\?"([0-9a-f]{6,64})/g;

type ListName = 'whole list' | 'one item shorter';

/** The item left out of the shorter copy: a meeting on page 1 of the meetings listing. */
interface Removed {
  number: number;
  /** Meetings in the whole list. */
  meetings: number;
}

/** What an answer's body says: its versions, and which of the two lists, where it shows. */
interface Reading {
  versions: string[];
  list?: ListName;
}

interface Address {
  path: string;
  read: (body: string, removed: Removed) => Reading;
}

/** The versions a page states; a page stating none cannot be checked, and is counted as mixed. */
function marks(html: string): string[] {
  const stated = [...html.matchAll(VERSION_MARK)].map((match) => match[1] ?? '');
  if (stated.length === 0) throw new Error('no data-catalogue-version in the page');
  return stated;
}
const listBy = (whole: boolean): ListName => (whole ? 'whole list' : 'one item shorter');

const ADDRESSES: Address[] = [
  { path: '/outcomes/documents/88', read: (body) => ({ versions: marks(body) }) },
  {
    path: '/outcomes?section=meetings',
    read: (body, removed) => ({
      versions: marks(body),
      list: listBy(body.includes(`href="/outcomes/meetings/${removed.number}"`)),
    }),
  },
  {
    path: '/api/outcomes?section=meetings&pageSize=1',
    read: (body, removed) => {
      const json = JSON.parse(body) as { version: string; total: number };
      const list =
        json.total === removed.meetings
          ? listBy(true)
          : json.total === removed.meetings - 1
            ? listBy(false)
            : undefined;
      if (!list) throw new Error(`total ${json.total}, from neither list`);
      return { versions: [json.version], list };
    },
  },
  {
    path: '/api/outcomes/documents/88',
    read: (body) => ({ versions: [(JSON.parse(body) as { version: string }).version] }),
  },
  {
    path: '/sitemap.xml',
    read: (body, removed) => ({
      versions: [],
      list: listBy(body.includes(`/outcomes/meetings/${removed.number}</loc>`)),
    }),
  },
];

interface Answer {
  address: number;
  started: number;
  ended: number;
  /** The Catalogue-Version header. */
  version: string;
}

interface Round {
  loaded: ListName;
  started: number;
  /** When the new file took the old one's place, as polling its identity saw it. */
  replaced: number;
  exited: number;
}

/** The file's identity: ingest renames a new file over it, so this changes at that moment. */
async function identity(path: string): Promise<string> {
  const seen = await stat(path, { bigint: true });
  return `${seen.dev}:${seen.ino}`;
}

/** Runs `db:setup` into the file, noting when the file is replaced (polled every POLL_MS). */
async function ingestInto(path: string, source: string): Promise<Omit<Round, 'loaded'>> {
  const old = await identity(path);
  let replaced = Number.NaN;
  const poll = setInterval(async () => {
    const now = performance.now();
    if (Number.isNaN(replaced) && (await identity(path).catch(() => old)) !== old) replaced = now;
  }, POLL_MS);
  const started = performance.now();
  const status = await runCommand(
    process.execPath,
    ['--import', 'tsx', join('scripts', 'db-setup.ts'), '--source', source],
    { ...process.env, DATABASE_URL: `file:${path}` },
  ).finally(() => clearInterval(poll));
  if (status !== 0) throw new Error(`db:setup exited with ${status}`);
  const exited = performance.now();
  if (Number.isNaN(replaced)) throw new Error(`db:setup exited without replacing ${path}`);
  return { started, replaced, exited };
}

/** Everything seen: answers in the order they ended, and every fault with its reason. */
class Tally {
  constructor(readonly removed: Removed) {}
  readonly answers: Answer[] = [];
  readonly errors: string[] = [];
  readonly mixed: string[] = [];
  /** Each version's list, as the first answer that shows one says; later ones must agree. */
  readonly listOf = new Map<string, ListName>();
  /** Versions in the order they were first seen. */
  readonly order = new Map<string, number>();

  record(address: number, path: string, started: number, response: Response, body: string) {
    const ended = performance.now();
    if (response.status !== 200) {
      this.errors.push(`${path}: HTTP ${response.status}`);
      return;
    }
    const version = response.headers.get('catalogue-version') ?? '';
    if (version === '') {
      this.errors.push(`${path}: no Catalogue-Version`);
      return;
    }
    if (!this.order.has(version)) this.order.set(version, this.order.size);
    this.answers.push({ address, started, ended, version });
    let reading: Reading;
    try {
      reading = ADDRESSES[address]?.read(body, this.removed) ?? { versions: [] };
    } catch (error) {
      this.mixed.push(`${path} (${version}): ${(error as Error).message}`);
      return;
    }
    const other = reading.versions.find((stated) => stated !== version);
    if (other !== undefined) this.mixed.push(`${path}: header ${version}, body ${other}`);
    if (reading.list) {
      const known = this.listOf.get(version);
      if (known === undefined) this.listOf.set(version, reading.list);
      else if (known !== reading.list) {
        this.mixed.push(
          `${path}: version ${version} is the ${known}, this answer the ${reading.list}`,
        );
      }
    }
  }
}

/** The list without one meeting on a line of its own, on page 1 of the meetings listing. */
async function shorterCopy(dir: string): Promise<{ path: string; removed: Removed }> {
  const text = await readFile(SOURCE, 'utf8');
  const meetings = parseSource(Buffer.from(text))
    .items.filter((i) => i.section === 'meetings')
    .sort((a, b) => a.number - b.number);
  // The meetings listing's first page shows the first PAGE_SIZE_DEFAULT in list order.
  const item = meetings
    .slice(0, PAGE_SIZE_DEFAULT)
    .find(({ sourceLines: [first, last] }) => first === last);
  if (!item) throw new Error(`${SOURCE}: no meeting on page 1 on a line of its own`);
  const lines = text.split('\n');
  lines.splice(item.sourceLines[0] - 1, 1);
  const path = join(dir, 'one-item-shorter.txt');
  await writeFile(path, lines.join('\n'));
  return { path, removed: { number: item.number, meetings: meetings.length } };
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

export async function reingestRow(
  databasePath: string,
  env: NodeJS.ProcessEnv,
  ingests: number,
): Promise<Row> {
  await rm(SCRATCH, { recursive: true, force: true });
  await mkdir(SCRATCH, { recursive: true });
  onCleanup(() => rm(SCRATCH, { recursive: true, force: true }));
  const path = resolve(SCRATCH, 'catalogue.db');
  await copyFile(databasePath, path);
  const shorter = await shorterCopy(SCRATCH);
  const databaseUrl = `file:${path}`;
  // One process: "none older than one already received" holds within a process. Workers, like
  // the scale-out's processes, each switch by themselves (tests/e2e/workers.test.ts).
  const server = await startServer({ ...env, DATABASE_URL: databaseUrl, WEB_CONCURRENCY: '1' });
  console.log(
    `re-ingest: server on a copy (${server.baseURL}), ${REINGEST_CONNECTIONS} connections, ${ingests} ingests, ` +
      `meetings ${shorter.removed.number} left out of the shorter list`,
  );

  const tally = new Tally(shorter.removed);
  let stopped = false;
  const worker = async (offset: number) => {
    for (let at = offset; !stopped; at += 1) {
      const address = at % ADDRESSES.length;
      const path = ADDRESSES[address]?.path ?? '/';
      const started = performance.now();
      try {
        const response = await fetch(`${server.baseURL}${encodeURI(path)}`, {
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        tally.record(address, path, started, response, await response.text());
      } catch (error) {
        tally.errors.push(`${path}: ${(error as Error).message}`);
      }
    }
  };
  const workers = Array.from({ length: REINGEST_CONNECTIONS }, (_, i) => worker(i));

  const rounds: Round[] = [];
  try {
    await sleep(WARMUP_MS);
    for (let n = 0; n < ingests; n += 1) {
      const loaded = listBy(n % 2 === 1);
      const source = loaded === 'whole list' ? SOURCE : shorter.path;
      const round = { loaded, ...(await ingestInto(path, source)) };
      rounds.push(round);
      await untilSwitched(tally, round.started, round.exited);
      await sleep(SETTLE_MS);
    }
  } finally {
    stopped = true;
    await Promise.all(workers);
    await server.stop();
  }
  return summarise(tally, rounds, ingests);
}

/**
 * Waits until every address has answered, to a request sent after `exited`, from a version not
 * seen before the ingest `started` (the server may see the new file before db:setup exits).
 */
async function untilSwitched(tally: Tally, started: number, exited: number): Promise<void> {
  const deadline = performance.now() + SWITCH_TIMEOUT_MS;
  const before = new Set(
    tally.answers.filter((a) => a.ended < started).map((answer) => answer.version),
  );
  while (performance.now() < deadline) {
    const switched = new Set(
      tally.answers
        .filter((a) => a.started > exited && !before.has(a.version))
        .map((a) => a.address),
    );
    if (switched.size === ADDRESSES.length) return;
    await sleep(20);
  }
  throw new Error(
    `not every address answered from the new catalogue within ${SWITCH_TIMEOUT_MS} ms`,
  );
}

function summarise(tally: Tally, rounds: readonly Round[], ingests: number): Row {
  const { answers } = tally;
  const problems: string[] = [];
  // Per ingest, ms after db:setup exited: the first answer of the new catalogue, the last of
  // the old, and when the file was replaced (negative: before the exit).
  const firstNew: number[] = [];
  const lastOld: number[] = [];
  const replaced: number[] = [];
  const ingestMs: number[] = [];
  rounds.forEach((round, index) => {
    const next = rounds[index + 1]?.started ?? Number.POSITIVE_INFINITY;
    const before = answers.filter((a) => a.ended < round.started).at(-1)?.version;
    const during = answers.filter((a) => a.ended >= round.started && a.ended < next);
    const fresh = [...new Set(during.map((a) => a.version))].filter((v) => v !== before);
    ingestMs.push(round.exited - round.started);
    replaced.push(round.replaced - round.exited);
    if (fresh.length !== 1) {
      problems.push(`ingest ${index + 1}: ${fresh.length} new versions`);
      return;
    }
    const now = fresh[0] as string;
    if (tally.listOf.get(now) !== round.loaded) {
      problems.push(
        `ingest ${index + 1} loaded the ${round.loaded}, served ${tally.listOf.get(now)}`,
      );
    }
    const endedOf = (version: string | undefined) =>
      during.filter((a) => a.version === version).map((a) => a.ended - round.exited);
    firstNew.push(Math.min(...endedOf(now)));
    const old = endedOf(before);
    lastOld.push(old.length === 0 ? Number.NaN : Math.max(...old));
  });
  const wentBack = olderAfterNewer(tally);
  const latencies = answers.map((a) => a.ended - a.started);
  const faults = tally.mixed.length + wentBack + problems.length;
  const ms = (values: number[]) => {
    const known = values.filter((v) => !Number.isNaN(v));
    return known.length === 0
      ? 'none'
      : `median ${percentile(known, 0.5).toFixed(0)} ms (max ${Math.max(...known).toFixed(0)})`;
  };
  const shown = [...tally.errors.slice(0, 2), ...tally.mixed.slice(0, 2), ...problems.slice(0, 2)];
  const switched =
    `after db:setup exited, first new answer ${ms(firstNew)}, last old answer ${ms(lastOld)}; ` +
    `the file was replaced ${ms(replaced)} after the exit, db:setup took ${ms(ingestMs)}`;
  console.log(
    `  ${answers.length} answers, ${tally.errors.length} errors, ${tally.mixed.length} mixed, ` +
      `${wentBack} older after newer; ${switched}`,
  );
  return {
    measure: 're-ingest while loaded',
    subject: `${ingests} ingests, ${REINGEST_CONNECTIONS} conn, server on a copy`,
    // No requests/s: the loops are the bench's own fetch, which reads and checks every body;
    // the row counts what was answered, never how fast (the wrk rows say that).
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: tally.errors.length,
    goal: '0 errors, 0 mixed answers',
    met: tally.errors.length === 0 && faults === 0,
    notes:
      `${answers.length.toLocaleString('en-US')} answers over ${ADDRESSES.length} addresses, ` +
      `${tally.mixed.length} mixed, ${wentBack} older than one already received; ${switched}` +
      (shown.length > 0 ? `; ${shown.join('; ')}` : ''),
  };
}

/**
 * Answers from an older catalogue to requests sent after an answer from a newer one had
 * arrived: the site must never go back once it has served a new catalogue.
 */
function olderAfterNewer({ answers, order }: Tally): number {
  const byEnd = [...answers].sort((a, b) => a.ended - b.ended);
  const newest: number[] = [];
  for (const answer of byEnd) {
    newest.push(Math.max(newest.at(-1) ?? -1, order.get(answer.version) ?? -1));
  }
  let count = 0;
  for (const answer of answers) {
    // The newest version received before this request was sent.
    let low = 0;
    let high = byEnd.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((byEnd[mid]?.ended ?? 0) < answer.started) low = mid + 1;
      else high = mid;
    }
    const seen = low === 0 ? -1 : (newest[low - 1] ?? -1);
    if ((order.get(answer.version) ?? -1) < seen) count += 1;
  }
  return count;
}
