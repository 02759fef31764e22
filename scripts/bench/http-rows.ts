import { rssBytes } from '@/lib/harness/processes';
import { type LoadResult, load } from './load';
import type { Row } from './table';

/**
 * The HTTP rows: each address loaded alone next to nginx serving the item page's HTML (the
 * practical ceiling for a page here), then, with --soak, every kind of address at once.
 */

export const CONNECTIONS = 50;
export const SOAK_CONNECTIONS = 200;
export const ITEM = '/outcomes/documents/88';
/** Item page requests/s as a share of nginx serving the same HTML. */
const ITEM_GOAL = 0.5;
/** The server's RSS at the end of the soak against after its warm-up. */
const RSS_GROWTH_MAX = 0.5;

export const PAGES: { name: string; path: string }[] = [
  { name: 'item page', path: ITEM },
  { name: 'overview', path: '/' },
  { name: 'list, filters', path: '/outcomes?section=documents&place=shenyang' },
  { name: 'list, Chinese search', path: '/outcomes?q=论坛' },
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
  '/api/outcomes?section=documents',
  `/api${ITEM}`,
  '/api/outcomes.csv',
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

async function measure(url: string, name: string, seconds: number, warmup: number) {
  console.log(`${name}: ${url} (${warmup} s warm-up, ${seconds} s measured)`);
  await load({ url, connections: CONNECTIONS, seconds: warmup });
  const result = await load({ url, connections: CONNECTIONS, seconds });
  console.log(
    `  ${count(Math.round(result.rps))} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
      `${result.errors} errors, ${result.non2xx} non-2xx`,
  );
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
    const item = page.path === ITEM;
    rows.push({
      measure: page.name,
      subject: page.path,
      ...loadColumns(result),
      ratio: { value: ratio, of: 'nginx' },
      goal: item ? `≥ ${ITEM_GOAL}× nginx, 0 errors` : '0 errors',
      met: item ? clean && ratio >= ITEM_GOAL : clean,
    });
  }
  return rows;
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
  const growth = end / warm - 1;
  const c = result.byClass;
  const clean = result.errors === 0 && result.timeouts === 0 && c['5xx'] === 0;
  console.log(
    `  ${count(result.requests)} requests, ${result.errors} errors, 5xx ${c['5xx']}, ` +
      `RSS ${mib(warm)} → ${mib(end)} (peak ${mib(peak)})`,
  );
  return [
    {
      measure: `soak, ${SOAK_CONNECTIONS} conn × ${seconds} s`,
      subject: `mix of ${paths.length} addresses`,
      ...loadColumns(result),
      goal: '0 errors, no 5xx',
      met: clean,
      notes:
        `${count(result.requests)} requests; 2xx ${count(c['2xx'])}, 3xx ${count(c['3xx'])}, ` +
        `4xx ${count(c['4xx'])}, 5xx ${count(c['5xx'])}; ${result.timeouts} timeouts`,
    },
    {
      measure: 'soak, server RSS',
      subject: `pid ${serverPid} (scripts/serve.ts)`,
      goal: `end ≤ ${1 + RSS_GROWTH_MAX}× warm`,
      met: growth <= RSS_GROWTH_MAX,
      notes: `after warm-up ${mib(warm)}, end ${mib(end)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(0)}%), peak ${mib(peak)}`,
    },
  ];
}
