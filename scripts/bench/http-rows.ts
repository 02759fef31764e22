import { rssBytes } from '@/scripts/harness/processes';
import { type ColdAddresses, coldAddresses } from './cold-addresses';
import { type AnswerHeaders, type LoadResult, load } from './load';
import type { Row } from './table';

/**
 * The HTTP rows: each address loaded alone next to nginx serving the item page's HTML (the
 * practical ceiling for a page here); the list with every request a new address, so nothing
 * comes from the answer cache; then, with --soak, every kind of address at once.
 */

export const CONNECTIONS = 50;
export const SOAK_CONNECTIONS = 200;
export const ITEM = '/outcomes/documents/88';
/** The cold list's requests/s as a share of nginx's. */
const COLD_GOAL = 0.05;
/** The soak's 99th percentile, and the server's resident memory at its peak. */
const SOAK_P99_MAX_MS = 500;
const RSS_PEAK_MAX_MIB = 350;
/** New addresses asked twice before the cold row, to show they are made, then kept. */
const COLD_SAMPLE = 5;

/** `goal`: requests/s as a share of nginx serving the item page's HTML; else 0 errors only. */
export const PAGES: { name: string; path: string; goal?: number }[] = [
  { name: 'item page', path: ITEM, goal: 0.8 },
  { name: 'overview', path: '/' },
  { name: 'list, filters', path: '/outcomes?section=documents&place=shenyang', goal: 0.5 },
  { name: 'list, Chinese search', path: '/outcomes?q=论坛', goal: 0.5 },
  { name: 'API JSON', path: '/api/outcomes?section=documents' },
  { name: 'CSV export', path: '/api/outcomes.csv' },
];

/** Every kind of address, cycled through by each soak connection. */
export const SOAK_PATHS = [
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
  '/en',
  '/en/outcomes',
  `/en${ITEM}`,
  '/api/outcomes?section=documents',
  `/api${ITEM}`,
  '/api/outcomes.csv',
  '/api/outcomes.atom',
  `/api/preview${ITEM}`,
  '/datapackage.json',
  '/data/items.csv',
  '/sitemap.xml',
  '/robots.txt',
];

export const encode = (path: string) => {
  const url = new URL(path, 'http://127.0.0.1');
  return `${url.pathname}${url.search}`;
};
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const count = (value: number) => value.toLocaleString('en-US');
const failures = (r: LoadResult) => r.errors + r.non2xx;

const loadColumns = (result: LoadResult) => ({
  rps: result.rps,
  p50: result.p50,
  p99: result.p99,
  errors: result.errors,
  non2xx: result.non2xx,
});

function report(result: LoadResult): void {
  console.log(
    `  ${count(Math.round(result.rps))} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx`,
  );
}

async function measure(url: string, name: string, seconds: number, warmup: number) {
  console.log(`${name}: ${url} (${warmup} s warm-up, ${seconds} s measured)`);
  await load({ url, connections: CONNECTIONS, seconds: warmup });
  const result = await load({ url, connections: CONNECTIONS, seconds });
  report(result);
  return result;
}

export async function pageRows(
  baseURL: string,
  nginxURL: string,
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const ceiling = await measure(nginxURL, 'nginx, item page HTML', seconds, warmup);
  const rows: Row[] = [
    {
      measure: 'nginx, static item page',
      subject: ITEM,
      ...loadColumns(ceiling),
      goal: '0 errors',
      met: failures(ceiling) === 0,
      notes: 'the ceiling',
    },
  ];
  for (const page of PAGES) {
    const result = await measure(`${baseURL}${encode(page.path)}`, page.name, seconds, warmup);
    const ratio = result.rps / ceiling.rps;
    const clean = failures(result) === 0;
    rows.push({
      measure: page.name,
      subject: page.path,
      ...loadColumns(result),
      ratio: { value: ratio, of: 'nginx' },
      goal: page.goal === undefined ? '0 errors' : `≥ ${page.goal}× nginx, 0 errors`,
      met: clean && (page.goal === undefined || ratio >= page.goal),
    });
  }
  rows.push(...(await coldRows(baseURL, ceiling, { seconds, warmup })));
  return rows;
}

/** Whether an answer was made for its request (`miss`) or sent from memory (`hit`). */
function cacheState(headers: AnswerHeaders | Headers): string {
  if (headers instanceof Headers) return headers.get('x-catalogue-cache') ?? '';
  const entry = Object.entries(headers).find(
    ([name]) => name.toLowerCase() === 'x-catalogue-cache',
  );
  return String(entry?.[1] ?? '');
}

/**
 * A few new addresses asked twice: each must be made the first time (`miss`) and kept for the
 * second (`hit`), which shows both that the cold row's addresses are new and that a repeated
 * one would have come from memory.
 */
async function checkCold(baseURL: string, addresses: ColdAddresses): Promise<void> {
  for (let i = 0; i < COLD_SAMPLE; i += 1) {
    const path = addresses.next();
    const seen: string[] = [];
    for (let ask = 0; ask < 2; ask += 1) {
      const answer = await fetch(`${baseURL}${path}`);
      await answer.arrayBuffer();
      if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status}, expected 200`);
      seen.push(cacheState(answer.headers));
    }
    if (seen.join() !== 'miss,hit') {
      throw new Error(`${path}: X-Catalogue-Cache ${seen.join(' then ')}, expected miss then hit`);
    }
  }
}

async function coldRows(
  baseURL: string,
  ceiling: LoadResult,
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const addresses = await coldAddresses(baseURL);
  await checkCold(baseURL, addresses);
  const states = new Map<string, number>();
  // Answers per path, and the paths answered from memory: if one was, whether it was asked twice.
  const answered = new Map<string, number>();
  const hits: string[] = [];
  const options = {
    url: baseURL,
    nextPath: () => addresses.next(),
    onAnswer: (_status: number, headers: AnswerHeaders, path: string) => {
      const state = cacheState(headers) || 'none';
      states.set(state, (states.get(state) ?? 0) + 1);
      answered.set(path, (answered.get(path) ?? 0) + 1);
      if (state === 'hit') hits.push(path);
    },
  };
  const run = async (connections: number) => {
    console.log(
      `list, every request a new address: ${connections} connection${connections === 1 ? '' : 's'} ` +
        `(${warmup} s warm-up, ${seconds} s measured)`,
    );
    await load({ ...options, connections, seconds: warmup });
    states.clear();
    hits.length = 0;
    const result = await load({ ...options, connections, seconds });
    report(result);
    return { result, states: new Map(states) };
  };
  const many = await run(CONNECTIONS);
  const one = await run(1);
  const repeated = Math.max(0, addresses.issued - addresses.combinations);
  const ratio = many.result.rps / ceiling.rps;
  const fromMemory = (r: { states: Map<string, number> }) => r.states.get('hit') ?? 0;
  const noneFromMemory = fromMemory(many) === 0 && fromMemory(one) === 0 && repeated === 0;
  const subject = `/outcomes?q=… (${count(addresses.combinations)} addresses)`;
  // An answer whose headers autocannon's parser split across reads may show no cache header.
  const tally = ({ states }: { states: Map<string, number> }) => {
    const unseen = sum(states) - (states.get('miss') ?? 0) - (states.get('hit') ?? 0);
    return (
      `X-Catalogue-Cache: miss ${count(states.get('miss') ?? 0)}, hit ${count(states.get('hit') ?? 0)}` +
      (unseen > 0 ? `, not seen ${count(unseen)}` : '')
    );
  };
  return [
    {
      measure: 'list, every request a new address',
      subject,
      ...loadColumns(many.result),
      ratio: { value: ratio, of: 'nginx' },
      goal: `≥ ${COLD_GOAL}× nginx, 0 errors, none from memory`,
      met: failures(many.result) === 0 && ratio >= COLD_GOAL && noneFromMemory,
      notes:
        `${tally(many)}; ${addresses.words} words as q × 4 sections × 4 orders × page sizes` +
        (repeated > 0 ? `; ${count(repeated)} addresses asked again` : '') +
        hits
          .slice(0, 3)
          .map((path) => `; hit for ${decodeURI(path)}, answered ${answered.get(path)} times`)
          .join(''),
    },
    {
      measure: 'list, every request a new address, 1 connection',
      subject,
      ...loadColumns(one.result),
      goal: '',
      met: true,
      notes: `p50 at 1 connection: one new listing made with nothing else waiting; ${tally(one)}`,
    },
  ];
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((total, n) => total + n, 0);
}

export async function soakRows(
  baseURL: string,
  serverPid: number,
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const paths = SOAK_PATHS.map(encode);
  const options = { url: baseURL, connections: SOAK_CONNECTIONS, paths };
  console.log(`soak: ${SOAK_CONNECTIONS} connections, ${paths.length} addresses`);
  console.log(`  warm-up ${warmup} s`);
  await load({ ...options, seconds: warmup });
  const warm = rssBytes(serverPid);
  if (warm === undefined) throw new Error(`server process ${serverPid} is gone`);
  let peak = warm;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssBytes(serverPid) ?? 0);
  }, 1_000);
  console.log(`  ${seconds} s measured (RSS after warm-up ${mib(warm)})`);
  const result = await load({ ...options, seconds }).finally(() => clearInterval(sampler));
  const end = rssBytes(serverPid);
  if (end === undefined) throw new Error(`server process ${serverPid} died during the soak`);
  peak = Math.max(peak, end);
  const c = result.byClass;
  const clean = result.errors === 0 && result.timeouts === 0 && c['5xx'] === 0;
  console.log(
    `  ${count(result.requests)} requests, ${result.errors} errors, 5xx ${c['5xx']}, ` +
      `p99 ${result.p99} ms, RSS ${mib(warm)} → ${mib(end)} (peak ${mib(peak)})`,
  );
  return [
    {
      measure: `soak, ${SOAK_CONNECTIONS} conn × ${seconds} s`,
      subject: `mix of ${paths.length} addresses`,
      ...loadColumns(result),
      goal: `0 errors, no 5xx, p99 ≤ ${SOAK_P99_MAX_MS} ms`,
      met: clean && result.p99 <= SOAK_P99_MAX_MS,
      notes:
        `${count(result.requests)} requests; 2xx ${count(c['2xx'])}, 3xx ${count(c['3xx'])}, ` +
        `4xx ${count(c['4xx'])}, 5xx ${count(c['5xx'])}; ${result.timeouts} timeouts`,
    },
    {
      measure: 'soak, server RSS',
      subject: `pid ${serverPid} (scripts/serve.ts)`,
      goal: `peak ≤ ${RSS_PEAK_MAX_MIB} MiB`,
      met: peak <= RSS_PEAK_MAX_MIB * 2 ** 20,
      notes: `after warm-up ${mib(warm)}, end ${mib(end)}, peak ${mib(peak)} (sampled each second)`,
    },
  ];
}
