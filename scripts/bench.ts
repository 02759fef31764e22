import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { type LoadResult, load } from './bench/load';
import { startNginx } from './bench/nginx';
import { cleanUp, freePort, rssBytes, spawnOwned, waitUntilAnswering } from './bench/processes';
import { prepareProductionBuild } from './production-server';

/**
 * `npm run bench`: HTTP throughput and latency of the production server next to nginx serving
 * the same item page as a static file (the practical ceiling on this machine), in one run, one
 * table, written to docs/PERFORMANCE.md. `npm run bench -- --soak` adds a 200-connection mix of
 * every kind of address and watches the server's memory. Only 127.0.0.1 is ever loaded.
 *
 * BENCH_DURATION (s, default 20) per page row, BENCH_WARMUP (s, default 3) unmeasured before each,
 * BENCH_SOAK_DURATION (s, default 60), BENCH_SOAK_WARMUP (s, default 10).
 */

const seconds = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0 || value > 3_600) {
    throw new Error(`${name}=${process.env[name]}: expected seconds between 0 and 3600`);
  }
  return value;
};

const DURATION = seconds('BENCH_DURATION', 20);
const WARMUP = seconds('BENCH_WARMUP', 3);
const SOAK_DURATION = seconds('BENCH_SOAK_DURATION', 60);
const SOAK_WARMUP = seconds('BENCH_SOAK_WARMUP', 10);
const CONNECTIONS = 50;
const SOAK_CONNECTIONS = 200;
const SOAK = process.argv.includes('--soak');
const OUTPUT = join('docs', 'PERFORMANCE.md');

const ITEM = '/outcomes/documents/88';
/** Item page requests/s as a share of nginx serving the same HTML. */
const ITEM_GOAL = 0.5;
/** The server's RSS at the end of the soak against after its warm-up. */
const RSS_GROWTH_MAX = 0.5;

const PAGES: { name: string; path: string }[] = [
  { name: 'item page', path: ITEM },
  { name: 'overview', path: '/' },
  { name: 'list, filters', path: '/outcomes?section=documents&place=shenyang' },
  { name: 'list, Chinese search', path: '/outcomes?q=论坛' },
  { name: 'API JSON', path: '/api/outcomes?section=documents' },
  { name: 'CSV export', path: '/api/outcomes.csv' },
];

/** Every kind of address, cycled through by each soak connection. */
const SOAK_PATHS = [
  ITEM,
  '/',
  '/outcomes',
  '/outcomes?section=documents&place=shenyang',
  '/outcomes?q=论坛',
  '/outcomes?q=shenyang&page=2',
  '/outcomes?section=meetings&year=2025&sort=title',
  '/outcomes/meetings/24',
  '/places/shanghai',
  '/places',
  '/source',
  '/api/outcomes?section=documents',
  `/api${ITEM}`,
  '/api/outcomes.csv',
  '/sitemap.xml',
  '/robots.txt',
];

interface Row {
  measure: string;
  address: string;
  result?: LoadResult;
  ratio?: number;
  goal: string;
  met: boolean;
  notes?: string;
}

const encode = (path: string) => {
  const url = new URL(path, 'http://127.0.0.1');
  return `${url.pathname}${url.search}`;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const fixed = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const failures = (r: LoadResult) => r.errors + r.non2xx;

async function startCatalogue(): Promise<{ baseURL: string; serverPid: number }> {
  const env = await prepareProductionBuild();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawnOwned(
    process.execPath,
    [
      '--import',
      'tsx',
      join('scripts', 'serve.ts'),
      '--hostname',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    env,
  );
  await waitUntilAnswering(`${baseURL}/robots.txt`, child);
  if (child.pid === undefined) throw new Error('the server has no pid');
  console.log(`scripts/serve.ts on ${baseURL}; serving process ${child.pid}`);
  return { baseURL, serverPid: child.pid };
}

async function expectOk(baseURL: string, path: string): Promise<string> {
  const response = await fetch(`${baseURL}${encode(path)}`);
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}, expected 200`);
  return body;
}

async function measure(url: string, name: string): Promise<LoadResult> {
  console.log(`${name}: ${url} (${WARMUP} s warm-up, ${DURATION} s measured)`);
  await load({ url, connections: CONNECTIONS, seconds: WARMUP });
  const result = await load({ url, connections: CONNECTIONS, seconds: DURATION });
  console.log(
    `  ${fixed(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx`,
  );
  return result;
}

async function pageRows(baseURL: string, nginxURL: string): Promise<Row[]> {
  const ceiling = await measure(nginxURL, 'nginx, item page HTML');
  const rows: Row[] = [
    {
      measure: 'nginx, static item page',
      address: ITEM,
      result: ceiling,
      ratio: 1,
      goal: '0 errors',
      met: failures(ceiling) === 0,
    },
  ];
  for (const page of PAGES) {
    const result = await measure(`${baseURL}${encode(page.path)}`, page.name);
    const ratio = result.rps / ceiling.rps;
    const clean = failures(result) === 0;
    const item = page.path === ITEM;
    rows.push({
      measure: page.name,
      address: page.path,
      result,
      ratio,
      goal: item ? `≥ ${ITEM_GOAL}× nginx, 0 errors` : '0 errors',
      met: item ? clean && ratio >= ITEM_GOAL : clean,
    });
  }
  return rows;
}

async function soakRows(baseURL: string, serverPid: number): Promise<Row[]> {
  const paths = SOAK_PATHS.map(encode);
  const options = { url: baseURL, connections: SOAK_CONNECTIONS, paths };
  console.log(`soak: ${SOAK_CONNECTIONS} connections, ${paths.length} addresses`);
  console.log(`  warm-up ${SOAK_WARMUP} s`);
  await load({ ...options, seconds: SOAK_WARMUP });
  const warm = rssBytes(serverPid);
  if (warm === undefined) throw new Error(`server process ${serverPid} is gone`);
  let peak = warm;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssBytes(serverPid) ?? 0);
  }, 1_000);
  console.log(`  ${SOAK_DURATION} s measured (RSS after warm-up ${mib(warm)})`);
  const result = await load({ ...options, seconds: SOAK_DURATION }).finally(() =>
    clearInterval(sampler),
  );
  const end = rssBytes(serverPid);
  if (end === undefined) throw new Error(`server process ${serverPid} died during the soak`);
  peak = Math.max(peak, end);
  const growth = end / warm - 1;
  const c = result.byClass;
  const clean = result.errors === 0 && result.timeouts === 0 && c['5xx'] === 0;
  console.log(
    `  ${fixed(result.requests)} requests, ${result.errors} errors, 5xx ${c['5xx']}, ` +
      `RSS ${mib(warm)} → ${mib(end)} (peak ${mib(peak)})`,
  );
  return [
    {
      measure: `soak, ${SOAK_CONNECTIONS} conn × ${SOAK_DURATION} s`,
      address: `mix of ${paths.length} addresses`,
      result,
      goal: '0 errors, no 5xx',
      met: clean,
      notes:
        `${fixed(result.requests)} requests; 2xx ${fixed(c['2xx'])}, 3xx ${fixed(c['3xx'])}, ` +
        `4xx ${fixed(c['4xx'])}, 5xx ${fixed(c['5xx'])}; ${result.timeouts} timeouts`,
    },
    {
      measure: 'soak, server RSS',
      address: `pid ${serverPid} (next-server)`,
      goal: `end ≤ ${1 + RSS_GROWTH_MAX}× warm`,
      met: growth <= RSS_GROWTH_MAX,
      notes: `after warm-up ${mib(warm)}, end ${mib(end)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%), peak ${mib(peak)}`,
    },
  ];
}

/** Columns a string takes in a monospace font: CJK and full-width characters take two. */
function width(value: string): number {
  let columns = 0;
  for (const char of value) columns += WIDE.test(char) ? 2 : 1;
  return columns;
}
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

function table(rows: Row[]): string {
  const header = [
    'Measure',
    'Address',
    'req/s',
    'p50 ms',
    'p99 ms',
    'errors',
    'non-2xx',
    '× nginx',
    'Goal',
    'Met',
    'Notes',
  ];
  const cells = rows.map((row) => [
    row.measure,
    row.address.startsWith('/') ? `\`${row.address}\`` : row.address,
    row.result ? fixed(row.result.rps) : '',
    row.result ? String(row.result.p50) : '',
    row.result ? String(row.result.p99) : '',
    row.result ? String(row.result.errors) : '',
    row.result ? String(row.result.non2xx) : '',
    row.ratio === undefined
      ? ''
      : `${row.ratio < 0.1 ? row.ratio.toFixed(3) : row.ratio.toFixed(2)}×`,
    row.goal,
    row.met ? 'met' : '**missed**',
    row.notes ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ''))));
  const pad = (value: string, to: number) => value + ' '.repeat(Math.max(0, to - width(value)));
  const line = (c: string[]) => `| ${c.map((v, i) => pad(v, widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function document(rows: Row[], nginxVersion: string): string {
  const cpu = cpus();
  const command = SOAK ? 'npm run bench -- --soak' : 'npm run bench';
  const missed = rows.filter((row) => !row.met).map((row) => row.measure);
  return `# Performance

Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} by \`${command}\`, every row in the
same run, on this machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}),
${mib(totalmem())} memory, Node.js ${process.version}, ${nginxVersion}. Load average
(1 min) before the first load: ${loadBefore.toFixed(2)}, after the last: ${loadavg()[0]?.toFixed(2)} — anything else
running on the machine competes with both the server and the load generator.

Each row: ${CONNECTIONS} connections (autocannon, in the benchmark's own process) for
${DURATION} s after a ${WARMUP} s warm-up that is not counted, against \`next start\` on a production
build, with the database from \`npm run db:setup\`. The first row is nginx serving the HTML of
\`${ITEM}\`, fetched once from the same server and saved as a file: the practical ceiling for a
page here. "× nginx" is requests/s over that row's. "errors" is autocannon's count: connection
errors plus requests unanswered within 30 s (timeouts, also named in the soak's notes); "non-2xx" counts responses outside 200–299.${
    SOAK
      ? `
The soak: ${SOAK_CONNECTIONS} connections, each cycling through ${SOAK_PATHS.length} addresses (item pages,
overview, lists with filters, Chinese and pinyin search, places, source, JSON API, CSV, sitemap,
robots) for ${SOAK_DURATION} s after a ${SOAK_WARMUP} s warm-up; RSS is VmRSS of the \`next-server\`
process (not the npm or \`next\` wrapper), read after the warm-up, each second, and at the end.`
      : ''
  }

${table(rows)}

Goals: the item page at ≥ ${ITEM_GOAL}× nginx requests/s; 0 errors on every row${
    SOAK
      ? `; in the soak no 5xx and the server's RSS at the end no more than ${1 + RSS_GROWTH_MAX}× its
RSS after warm-up`
      : ''
  }. ${missed.length === 0 ? 'All met.' : `Missed: ${missed.join(', ')}.`}

The load generator shares the ${cpu.length} cores with the server under test, for nginx as for Next.js,
so absolute figures are lower than on a separate client; the ratios are the comparable part.

Query-layer timings (ingest, faceted listings on the real list and a synthetic 100 000-item
catalogue) are not in this table: run \`npm run bench:db\` (and \`npm run bench:parse\` for the
parser). Durations: \`BENCH_DURATION\`, \`BENCH_WARMUP\`, \`BENCH_SOAK_DURATION\`,
\`BENCH_SOAK_WARMUP\` (seconds).
`;
}

let loadBefore = 0;

async function main(): Promise<number> {
  const { baseURL, serverPid } = await startCatalogue();
  for (const path of new Set([...PAGES.map((p) => p.path), ...(SOAK ? SOAK_PATHS : [])])) {
    await expectOk(baseURL, path);
  }
  const html = await expectOk(baseURL, ITEM);
  const nginx = await startNginx(html);
  console.log(`${nginx.version} on ${nginx.url}, serving ${fixed(html.length)} characters`);
  loadBefore = loadavg()[0] ?? 0;
  const rows = await pageRows(baseURL, nginx.url);
  if (SOAK) rows.push(...(await soakRows(baseURL, serverPid)));
  console.log(`\n${table(rows)}\n`);
  await mkdir('docs', { recursive: true });
  await writeFile(OUTPUT, document(rows, nginx.version));
  console.log(`written to ${OUTPUT}`);
  return rows.every((row) => row.met) ? 0 : 1;
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
