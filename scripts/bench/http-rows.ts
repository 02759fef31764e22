import { readdirSync, readFileSync } from 'node:fs';
import { rssBytes } from '@/scripts/harness/processes';
import { type Ceilings, ceilingRows, httpRow, type Measured } from './ceilings';
import { type ColdAddresses, coldAddresses } from './cold-addresses';
import { type LoadResult, load } from './load';
import type { Row } from './table';

/**
 * The HTTP rows, all driven by wrk: first the ceilings (nginx serving the item page's saved
 * HTML, node:http replaying the same bytes), then each address loaded alone against them; the
 * list with every request a new address, so nothing comes from the answer cache; then, with
 * --soak, every kind of address at once.
 */

export const CONNECTIONS = 50;
export const SOAK_CONNECTIONS = 200;
export const ITEM = '/outcomes/documents/88';
/** The cold list's requests/s as a share of nginx's, and its p50 at one connection. */
const COLD_GOAL = 0.006;
const COLD_P50_MAX_MS = 6;
/** The soak's 99th percentile, and the server's processes' resident memory at its peak. */
const SOAK_P99_MAX_MS = 300;
const RSS_PEAK_MAX_MIB = 500;
/** New addresses asked twice before the cold row, to show they are made, then kept. */
const COLD_SAMPLE = 5;
const CACHED_GOAL = 0.6;

/** `goal`: requests/s as a share of nginx serving the item page's HTML; else 0 errors only. */
export const PAGES: { name: string; path: string; goal?: number }[] = [
  { name: 'item page', path: ITEM, goal: CACHED_GOAL },
  { name: 'overview', path: '/' },
  { name: 'list, filters', path: '/outcomes?section=documents&place=shenyang', goal: CACHED_GOAL },
  { name: 'list, Chinese search', path: '/outcomes?q=论坛', goal: CACHED_GOAL },
  { name: 'English list', path: '/en/outcomes', goal: CACHED_GOAL },
  { name: 'API JSON', path: '/api/outcomes?section=documents', goal: CACHED_GOAL },
  { name: 'CSV export', path: '/api/outcomes.csv', goal: CACHED_GOAL },
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
  ceilingURLs: { nginx: string; node: string; version: string; processes: number },
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const nginx = await measure(ceilingURLs.nginx, 'nginx, saved item page', seconds, warmup);
  const node = await measure(ceilingURLs.node, 'node:http, same bytes', seconds, warmup);
  const ceilings: Ceilings = { nginx: nginx.rps, node: node.rps };
  const rows = ceilingRows(ITEM, nginx, node, {
    nginx: ceilingURLs.version,
    node: process.version,
    processes: ceilingURLs.processes,
  });
  for (const page of PAGES) {
    const result = await measure(`${baseURL}${encode(page.path)}`, page.name, seconds, warmup);
    rows.push(
      httpRow({ measure: page.name, subject: page.path, result, goal: page.goal }, ceilings),
    );
  }
  rows.push(...(await coldRows(baseURL, ceilings, { seconds, warmup })));
  return rows;
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
      seen.push(answer.headers.get('x-catalogue-cache') ?? '');
    }
    if (seen.join() !== 'miss,hit') {
      throw new Error(`${path}: X-Catalogue-Cache ${seen.join(' then ')}, expected miss then hit`);
    }
  }
}

async function coldRows(
  baseURL: string,
  ceilings: Ceilings,
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const addresses = await coldAddresses(baseURL);
  await checkCold(baseURL, addresses);
  // Four runs (warm-up and measured, at 50 connections and at 1), each on its own share of the
  // addresses never asked before, so no run repeats another's.
  const unused = addresses.combinations - addresses.issued;
  const share = Math.floor(unused / 4);
  const shares = [0, 1, 2, 3].map(() => Array.from({ length: share }, () => addresses.next()));
  const run = async (connections: number, [warm, measured]: string[][]) => {
    console.log(
      `list, every request a new address: ${connections} connection${connections === 1 ? '' : 's'} ` +
        `(${warmup} s warm-up, ${seconds} s measured)`,
    );
    const options = { url: baseURL, connections, count: true };
    await load({ ...options, seconds: warmup, once: warm });
    const result = await load({ ...options, seconds, once: measured });
    report(result);
    return result;
  };
  const many = await run(CONNECTIONS, shares.slice(0, 2));
  const one = await run(1, shares.slice(2, 4));
  const subject = `/outcomes?q=… (${count(addresses.combinations)} addresses)`;
  const fromMemory = (r: LoadResult) => r.cache?.hit ?? 0;
  const tally = (r: LoadResult) => {
    const states = r.cache ?? {};
    const unseen = Object.entries(states)
      .filter(([state]) => state !== 'miss' && state !== 'hit')
      .reduce((total, [, n]) => total + n, 0);
    return (
      `X-Catalogue-Cache: miss ${count(states.miss ?? 0)}, hit ${count(states.hit ?? 0)}` +
      (unseen > 0 ? `, none ${count(unseen)}` : '') +
      (r.repeats > 0 ? `; ${count(r.repeats)} addresses asked again` : '')
    );
  };
  const none = (r: LoadResult) => fromMemory(r) === 0 && r.repeats === 0;
  return [
    httpRow(
      {
        measure: 'list, every request a new address',
        subject,
        result: many,
        goal: COLD_GOAL,
        also: { goal: 'none from memory', met: none(many) },
        notes: `${tally(many)}; ${addresses.words} words as q × 4 sections × 4 orders × page sizes`,
      },
      ceilings,
    ),
    httpRow(
      {
        measure: 'list, every request a new address, 1 connection',
        subject,
        result: one,
        also: { goal: `p50 ≤ ${COLD_P50_MAX_MS} ms`, met: one.p50 <= COLD_P50_MAX_MS && none(one) },
        notes: `one new listing made with nothing else waiting; ${tally(one)}`,
      },
      ceilings,
    ),
  ];
}

/**
 * Memory of every process in the server's process group (the harness starts it as a group
 * leader): one server, or a primary and its workers. `rss` sums each one's resident memory, as
 * the goal counts it, so pages the processes share (Node.js itself, native modules) count once
 * per process; `pss` shares each such page out among them, so the sum is what they hold together.
 */
function groupMemory(leader: number): { rss: number; pss: number } | undefined {
  if (rssBytes(leader) === undefined) return undefined;
  let rss = 0;
  let pss = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may hold spaces): state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== leader) continue;
      const rollup = readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
      const pssKiB = /^Pss:\s+(\d+) kB/m.exec(rollup)?.[1];
      if (pssKiB === undefined) throw new Error(`/proc/${entry}/smaps_rollup gives no Pss`);
      rss += rssBytes(Number(entry)) ?? 0;
      pss += Number(pssKiB) * 1024;
    } catch (error) {
      // The process ended between the listing and the read; any other failure is the bench's.
      if (
        (error as NodeJS.ErrnoException).code !== 'ENOENT' &&
        (error as NodeJS.ErrnoException).code !== 'ESRCH'
      )
        throw error;
    }
  }
  return { rss, pss };
}

export async function soakRows(
  baseURL: string,
  serverPid: number,
  { seconds, warmup }: { seconds: number; warmup: number },
): Promise<Row[]> {
  const paths = SOAK_PATHS.map(encode);
  const options = { url: baseURL, connections: SOAK_CONNECTIONS, paths, count: true };
  console.log(`soak: ${SOAK_CONNECTIONS} connections, ${paths.length} addresses`);
  console.log(`  warm-up ${warmup} s`);
  await load({ ...options, seconds: warmup });
  const warmed = groupMemory(serverPid);
  if (warmed === undefined) throw new Error(`server process ${serverPid} is gone`);
  const warm = warmed.rss;
  let peak = warm;
  let peakPss = warmed.pss;
  const sample = (memory: { rss: number; pss: number } | undefined) => {
    peak = Math.max(peak, memory?.rss ?? 0);
    peakPss = Math.max(peakPss, memory?.pss ?? 0);
  };
  const sampler = setInterval(() => sample(groupMemory(serverPid)), 1_000);
  console.log(`  ${seconds} s measured (RSS after warm-up ${mib(warm)})`);
  const result = await load({ ...options, seconds }).finally(() => clearInterval(sampler));
  const ended = groupMemory(serverPid);
  if (ended === undefined) throw new Error(`server process ${serverPid} died during the soak`);
  sample(ended);
  const end = ended.rss;
  const c = result.byClass ?? {};
  const clean = result.errors === 0 && (c['5xx'] ?? 0) === 0;
  console.log(
    `  ${count(result.requests)} requests, ${result.errors} errors, 5xx ${c['5xx'] ?? 0}, ` +
      `p99 ${result.p99} ms, RSS ${mib(warm)} → ${mib(end)} (peak ${mib(peak)})`,
  );
  const measured: Measured = result;
  return [
    {
      measure: `soak, ${SOAK_CONNECTIONS} conn × ${seconds} s`,
      subject: `mix of ${paths.length} addresses`,
      rps: measured.rps,
      p50: measured.p50,
      p99: measured.p99,
      errors: measured.errors,
      non2xx: measured.non2xx,
      goal: `0 errors, no 5xx, p99 ≤ ${SOAK_P99_MAX_MS} ms`,
      met: clean && result.p99 <= SOAK_P99_MAX_MS,
      notes:
        `${count(result.requests)} requests; ` +
        ['2xx', '3xx', '4xx', '5xx'].map((k) => `${k} ${count(c[k] ?? 0)}`).join(', ') +
        `; ${result.timeouts} timeouts`,
    },
    {
      measure: 'soak, server RSS',
      subject: `process group ${serverPid} (scripts/serve.ts)`,
      goal: `peak ≤ ${RSS_PEAK_MAX_MIB} MiB`,
      met: peak <= RSS_PEAK_MAX_MIB * 2 ** 20,
      notes:
        `after warm-up ${mib(warm)}, end ${mib(end)}, peak ${mib(peak)} (every process of the group, sampled each second); ` +
        `peak proportional set size (shared pages counted once) ${mib(peakPss)}`,
    },
  ];
}
