import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from '@/lib/constants';
import { parseDatabaseUrl } from '@/lib/db/database-url';
import { serverProcesses } from '@/lib/serve/process-options';
import { cleanUp, onCleanup } from '@/scripts/harness/processes';
import { prepareProductionBuild } from '@/scripts/harness/production';
import { startServer } from '@/scripts/harness/server';
import { capsRows } from './bench/caps-rows';
import { startCeilings } from './bench/ceiling-servers';
import { SATURATED, saturatedRows } from './bench/ceilings';
import { databaseDownRow, hostileRow, killRows } from './bench/fault-rows';
import {
  CONNECTIONS,
  encode,
  ITEM,
  PAGES,
  pageRows,
  SOAK_CONNECTIONS,
  SOAK_PATHS,
  soakRows,
} from './bench/http-rows';
import { WRK_THREADS, wrkVersion } from './bench/load';
import { COMMON_WORD, queryRows, RUNS, SYNTHETIC_SEED, SYNTHETIC_SIZE } from './bench/query-rows';
import { REINGEST_CONNECTIONS, reingestRow } from './bench/reingest-row';
import { type Row, table } from './bench/table';

/**
 * `npm run bench`: one table, every row measured in this run on this machine, written to
 * docs/PERFORMANCE.md. Pages and API under load next to nginx, repeated addresses and a list
 * whose every request is a new address; re-ingest while loaded; the in-memory catalogue's load
 * and listings next to hand-written SQL (SQLite, and PostgreSQL when DATABASE_URL names a
 * server); ingest killed at random moments; the hostile-input properties with thousands of
 * cases. `--soak` adds 200 connections over every kind of address. Only 127.0.0.1 is loaded.
 */

const seconds = (fallback: number) => z.coerce.number().positive().max(3_600).default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(0).max(100_000).default(fallback);
const EnvSchema = z.object({
  BENCH_DURATION: seconds(20),
  BENCH_WARMUP: seconds(3),
  BENCH_SOAK_DURATION: seconds(60),
  BENCH_SOAK_WARMUP: seconds(10),
  BENCH_KILLS: count(30),
  BENCH_REINGESTS: count(6),
  BENCH_HOSTILE_RUNS: count(500),
  BENCH_FAULT_DURATION: seconds(60),
  DATABASE_URL: z.string().optional(),
});

const OUTPUT = join('docs', 'PERFORMANCE.md');
// The part of OUTPUT written by hand (figures measured once, for a decision in the code), which
// a new run keeps as it is.
const DECISIONS_HEADING = '## Measured for a decision';
const SOAK = process.argv.includes('--soak');
// The HTTP rows alone, printed and not written: for trying a change to the serving path.
const HTTP_ONLY = process.argv.includes('--http-only');

async function startCatalogue(env: NodeJS.ProcessEnv) {
  const server = await startServer(env);
  onCleanup(server.stop);
  console.log(`scripts/serve.ts on ${server.baseURL}, process ${server.pid}`);
  return { baseURL: server.baseURL, serverPid: server.pid };
}

async function expectOk(baseURL: string, path: string): Promise<string> {
  const response = await fetch(`${baseURL}${encode(path)}`);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}, expected 200`);
  return body;
}

async function main(): Promise<number> {
  const config = EnvSchema.parse(process.env);
  // PostgreSQL is measured in the query-layer rows; the site under load is the embedded
  // SQLite catalogue `npm start` serves by default, so its rows compare like with like.
  const postgres =
    config.DATABASE_URL && parseDatabaseUrl(config.DATABASE_URL).provider === 'postgresql'
      ? config.DATABASE_URL
      : undefined;
  if (postgres) process.env.DATABASE_URL = DEFAULT_DATABASE_URL;
  const catalogue = parseDatabaseUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (catalogue.provider !== 'sqlite') throw new Error('the served catalogue must be SQLite');

  const env = await prepareProductionBuild();
  const { baseURL, serverPid } = await startCatalogue(env);
  for (const path of new Set([...PAGES.map((p) => p.path), ...(SOAK ? SOAK_PATHS : [])])) {
    await expectOk(baseURL, path);
  }
  const html = await expectOk(baseURL, ITEM);
  const wrk = wrkVersion();
  const ceilings = await startCeilings(html, Number(serverProcesses(env)));
  console.log(`${ceilings.version} on ${ceilings.nginx}, node:http on ${ceilings.node}`);
  console.log(`serving ${html.length} characters; load from ${wrk}`);
  const loadBefore = loadavg()[0] ?? 0;
  const load = { seconds: config.BENCH_DURATION, warmup: config.BENCH_WARMUP };
  const rows = await pageRows(baseURL, ceilings, load);
  if (SOAK) {
    const soak = { seconds: config.BENCH_SOAK_DURATION, warmup: config.BENCH_SOAK_WARMUP };
    rows.push(...(await soakRows(baseURL, serverPid, soak)));
  }
  if (HTTP_ONLY) {
    console.log(
      `\n${table(rows)}\n\nload average (1 min): ${loadBefore.toFixed(2)} before, ${(loadavg()[0] ?? 0).toFixed(2)} after; ${OUTPUT} not written (--http-only)`,
    );
    return saturatedRows(rows).length > 0 ? 3 : 0;
  }
  rows.push(await reingestRow(catalogue.path, env, config.BENCH_REINGESTS));
  const loadAfter = loadavg()[0] ?? 0;
  rows.push(...(await queryRows(postgres)));
  rows.push(...(await capsRows(env)));
  rows.push(await killRows(catalogue.path, env, config.BENCH_KILLS));
  rows.push(await databaseDownRow(env, config.BENCH_FAULT_DURATION));
  rows.push(await hostileRow(config.BENCH_HOSTILE_RUNS));

  console.log(`\n${table(rows)}\n`);
  const saturated = saturatedRows(rows);
  if (saturated.length > 0) {
    // A row faster than nginx measured wrk, not the server: no figure of this run can be trusted.
    console.error(
      `\nerror: ${SATURATED} on ${saturated.map((row) => row.measure).join(', ')}: ` +
        `faster than nginx serving a static file. ${OUTPUT} is not written.`,
    );
    return 3;
  }
  await mkdir('docs', { recursive: true });
  const previous = await readFile(OUTPUT, 'utf8').catch(() => '');
  const decisions = previous.indexOf(DECISIONS_HEADING);
  await writeFile(
    OUTPUT,
    document(rows, { nginx: ceilings.version, wrk, loadBefore, loadAfter, postgres, config }) +
      (decisions === -1 ? '' : `\n${previous.slice(decisions)}`),
  );
  console.log(`written to ${OUTPUT}`);
  return rows.every((row) => row.met) ? 0 : 1;
}

function document(
  rows: Row[],
  run: {
    nginx: string;
    wrk: string;
    loadBefore: number;
    loadAfter: number;
    postgres: string | undefined;
    config: z.infer<typeof EnvSchema>;
  },
): string {
  const cpu = cpus();
  const { config } = run;
  const command = SOAK ? 'npm run bench -- --soak' : 'npm run bench';
  const missed = rows.filter((row) => row.goal !== '' && !row.met).map((row) => row.measure);
  const postgresNote = run.postgres
    ? 'PostgreSQL: the server DATABASE_URL named, in databases of its own there (catalogue_bench_real, catalogue_bench_synthetic).'
    : 'No PostgreSQL rows: DATABASE_URL did not name a PostgreSQL server.';
  return `# Performance

Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`${command}\`, every row in the
same run, on this machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}),
${(totalmem() / 2 ** 20).toFixed(0)} MiB memory, Node.js ${process.version}, ${run.nginx}, ${run.wrk}.
Load average (1 min) before the HTTP rows: ${run.loadBefore.toFixed(2)}, after them: ${run.loadAfter.toFixed(2)}.

${table(rows)}

${missed.length === 0 ? 'Every goal met.' : `Goals missed: ${missed.join('; ')}.`}

## How each row is measured

**Ceilings.** Every HTTP row is driven by wrk (Debian's, written in C; ${WRK_THREADS} threads, one per
core), never by a load generator in Node, which saturates below the server it measures. The
table starts with two ceilings measured in this run, each serving the HTML of \`${ITEM}\`,
fetched from the server and saved as a file: nginx (\`worker_processes auto\`), no application
answers faster on this machine; and a minimal \`node:http\` server replaying the same bytes
(\`scripts/bench/replay-server.mjs\`), what Node itself costs per answer. Each row gives its
requests/s over both. A row faster than nginx measured its generator: it is reported as a
saturated generator and the bench fails without writing this file.

**Pages and API.** The production server (\`scripts/serve.ts\`, what \`npm start\` runs) on a
production build, with the catalogue \`npm run db:setup\` loads into SQLite. The server reads
the whole catalogue into memory once per ingest and keeps every answer it makes in an answer
cache, under the catalogue's version and the address (\`X-Catalogue-Cache: hit\` or \`miss\`):
a row that asks for one address again and again measures, after its first request, answers
sent from memory. Each row: ${CONNECTIONS} connections for ${config.BENCH_DURATION} s after a
${config.BENCH_WARMUP} s warm-up that is not counted; wrk sends no \`Accept-Encoding\`, so every
answer is the identity body, as nginx's is. "errors" counts connection errors and requests
unanswered within 30 s; "non-2xx" answers of 400 and above (wrk's count), or outside 200–299
where answers are counted. The generator shares the ${cpu.length} cores with the server, for
nginx as for the catalogue, so absolute figures are lower than with a separate client; the
ratios are the comparable part.

**Cold list.** Every request a list address never asked for before, so every answer is
rendered (\`scripts/bench/cold-addresses.ts\`): a word of the catalogue's own vocabulary as
\`q\` (each place's Chinese name and pinyin, each type's and topic's label, as the JSON API's
facets give them), with one of four section choices and one of four orders, then page sizes
above 20 for more. Only real listing parameters, so nothing is dropped or redirected. Before
the row, a few of these addresses are each asked twice and must answer \`miss\` then \`hit\`;
during it every answer's \`X-Catalogue-Cache\` is counted (wrk's Lua hook, \`scripts/bench/wrk-report.lua\`),
and none may be \`hit\`; each of the four runs (warm-up and measured, at ${CONNECTIONS} connections and at 1)
takes its own share of the addresses, each asked at most once. The row is run
at ${CONNECTIONS} connections (its ratio to nginx) and again at 1 connection, whose p50 is the time one
new listing takes with nothing else waiting.${
    SOAK
      ? `

**Soak.** ${SOAK_CONNECTIONS} connections, each cycling through ${SOAK_PATHS.length} addresses (item pages, overview,
lists with filters, Chinese and pinyin search, places, source, English pages, JSON API, CSV,
Atom, a preview image, the data package, sitemap, robots) for ${config.BENCH_SOAK_DURATION} s after a
${config.BENCH_SOAK_WARMUP} s warm-up. RSS is VmRSS of the server process, read after the warm-up, each second,
and at the end, summed over every process of the server's process group; the goal is on its peak.`
      : ''
  }

**Re-ingest while loaded.** A second server, on a copy of the catalogue in var/bench/reingest/,
answers ${REINGEST_CONNECTIONS} request loops of the benchmark's own (fetch, so every answer is read whole) over an
item page, a list page, the JSON listing, an item's JSON and the sitemap, while \`db:setup\`
loads ${config.BENCH_REINGESTS} times in turn the list without one meeting (on page 1 of the meetings listing) and
the whole list again into the file it reads (\`scripts/bench/reingest-row.ts\`). An error is
a failed request or any status but 200. A mixed answer is one whose \`Catalogue-Version\`
header disagrees with a version its body states (the pages' \`data-catalogue-version\`, the
JSON's \`version\`), or whose content (the JSON total, the left-out meeting in the list page
or the sitemap) shows the other list than another answer of the same version; an answer from
an older catalogue to a request sent after one from a newer had arrived counts too. The
switch time is from \`db:setup\` exiting (its new file is in place by then) to the first
answer of the new catalogue, and to the last of the old one.

**Query layer.** A catalogue is read whole into memory once per ingest (\`readCatalogue\`:
every table, joined into items, and the listing index of every item's facet values and search
document built from them): "catalogue load" is the median of ${RUNS.loads.small} such reads on the
real list and ${RUNS.loads.large} on the synthetic catalogue, with the index's own build time and what one
catalogue holds in memory: heap and array buffers after full garbage collections with the
second read's catalogue, less the same once it is dropped. A listing is then answered
from memory: \`listOutcomes\` (a page of 20 rows, the total and all six facets' counts,
exactly what the list page and the JSON API ask for) against the same listing as SQL written
by hand for it (\`scripts/bench/raw-listing.ts\`: one statement for the total, one for the
page, one per facet, four for the page's labels, each prepared once and run straight through
better-sqlite3 or node-postgres). For the filtered and unfiltered listings both are checked to
give the same page in list order, total and facet counts before they are timed. A search is
not the same work: lib/search segments Chinese words and matches pinyin and translations,
ranked by relevance, where the SQL runs \`title LIKE '%论坛%'\`; only the totals are
compared, and where they differ the notes give both and the SQL is a lower bound of the work.
At ${SYNTHETIC_SIZE.toLocaleString('en-US')} items a search for a word most titles hold (\`q=${COMMON_WORD}\`, ranked by relevance)
is timed alone. Median and p95 over ${RUNS.listings.small} runs on the real list, ${RUNS.listings.large} on the synthetic catalogue;
the ratio is lib/catalogue's p95 over the SQL's. The synthetic catalogue has
${SYNTHETIC_SIZE.toLocaleString('en-US')} items generated from seed ${SYNTHETIC_SEED} by \`scripts/harness/synthetic-catalogue.ts\` (mulberry32):
each title a real title of the same section with a random gazetteer place, an optional year
and an edition number, so places, types, topics and years come from the real enrichment
rules; it is kept in var/bench/ and rebuilt only when the seed, the size or the ingest code
changes. ${postgresNote}

**Capped requests.** The production server on a copy of the synthetic catalogue
(\`scripts/bench/caps-rows.ts\`): the first listing after the load (reading the catalogue and
building the index), then, five times each and each time a new address, a listing, a search most
titles match (\`q=${COMMON_WORD}\`) at the largest page as JSON and as the HTML page, and the whole
catalogue as CSV (cut at the export cap). Each p95 is held to the bound every answer is held to
in the hostile-input properties. \`tests/e2e/caps.test.ts\` checks what the caps do, not how fast.

**Faults.** \`db:setup\` loading a list one item shorter (or the full list again), killed
with SIGKILL ${config.BENCH_KILLS} times at random moments (half over the whole run, half over the write
itself), against a second server on a copy of the catalogue: after each kill the file must
hold the old catalogue or the new one, equal table by table to a clean load of it, pass
\`PRAGMA integrity_check\`, and the server must answer with its total. The hostile-input
properties of \`npm test\` run with ${config.BENCH_HOSTILE_RUNS} cases each instead of 60.

Durations and counts: \`BENCH_DURATION\`, \`BENCH_WARMUP\`, \`BENCH_SOAK_DURATION\`,
\`BENCH_SOAK_WARMUP\` (seconds), \`BENCH_KILLS\`, \`BENCH_REINGESTS\`, \`BENCH_HOSTILE_RUNS\`.
`;
}

main().then(
  async (code) => {
    await cleanUp();
    process.exit(code);
  },
  async (error: Error) => {
    console.error(`error: ${error.message}`);
    await cleanUp();
    process.exit(2);
  },
);
