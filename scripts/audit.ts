import { get } from 'node:http';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { withProductionServer } from '@/scripts/harness/production';

/**
 * `npm run audit`: Lighthouse with its default mobile settings (emulated phone, simulated slow
 * 4G and CPU) against the production server, for the routes people land on, in both
 * languages. Prints one row per route — the four category scores, the HTML's raw size and the
 * JavaScript sent — with met/missed against each budget, then the audits that cost points.
 * Exits 1 when any budget is missed.
 */

const ROUTES = [
  '/',
  '/outcomes',
  '/outcomes?place=shenyang',
  '/outcomes?q=论坛',
  '/outcomes/documents/88',
  '/places',
  '/source',
  '/en',
  '/en/outcomes',
  '/en/outcomes/documents/88',
];

/** The HTML as sent before compression, per route where the issue names a budget. */
const HTML_BUDGET_BYTES: Record<string, number> = {
  '/': 80 * 1024,
  '/outcomes': 60 * 1024,
  '/source': 150 * 1024,
};

const BUDGETS = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: 100,
} as const;
type Category = keyof typeof BUDGETS;
const CATEGORIES = Object.keys(BUDGETS) as Category[];
/** JavaScript per route: the scripts' bodies as sent, gzip-compressed. */
const JS_BUDGET_BYTES = 130 * 1024;

/** Debian's Chromium unless CHROME_PATH says otherwise; the flags keep it off outside hosts. */
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_FLAGS = [
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

interface Row {
  route: string;
  scores: Record<Category, number>;
  /** The document's bytes, uncompressed. */
  htmlBytes: number;
  /** Compressed script bodies, as the server sends them: the budgeted number. */
  scriptBytes: number;
  /** Lighthouse's transfer size of the same scripts, response headers included. */
  scriptTransferBytes: number;
  /** Audits that cost a category points, to say what to fix. */
  failing: string[];
}

interface NetworkItem {
  url: string;
  resourceType?: string;
  transferSize?: number;
}

async function audit(baseURL: string, port: number, route: string): Promise<Row> {
  const result = await lighthouse(new URL(route, baseURL).href, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${route}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [
      category,
      Math.round((lhr.categories[category]?.score ?? 0) * 100),
    ]),
  ) as Record<Category, number>;
  const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined;
  const scripts = (details?.items ?? []).filter((item) => item.resourceType === 'Script');
  const sizes = await Promise.all(scripts.map((item) => bodySize(item.url, 'gzip')));
  const failing = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${lhr.audits[ref.id]?.title ?? ref.id}`),
  );
  return {
    route,
    scores,
    htmlBytes: await bodySize(new URL(route, baseURL).href, 'identity'),
    scriptBytes: sizes.reduce((sum, size) => sum + size, 0),
    scriptTransferBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    failing,
  };
}

/** Bytes of a body as sent in that encoding: Node's fetch would decompress it, so plain http. */
function bodySize(url: string, encoding: 'gzip' | 'identity'): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'Accept-Encoding': encoding } }, (response) => {
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
      });
      response.on('end', () => resolve(size));
      response.on('error', reject);
    }).on('error', reject);
  });
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(rows: Row[]): { text: string; met: boolean } {
  const header = [
    'route',
    ...CATEGORIES,
    'HTML KB (raw)',
    'JS KB (gzip body)',
    'JS KB (with headers)',
  ];
  const budget = [
    'budget',
    ...CATEGORIES.map((c) => `≥ ${BUDGETS[c]}`),
    Object.entries(HTML_BUDGET_BYTES)
      .map(([route, bytes]) => `${route} ≤ ${kb(bytes)}`)
      .join(', '),
    `≤ ${kb(JS_BUDGET_BYTES)}`,
    '',
  ];
  let met = true;
  const body = rows.map((row) => {
    const cells = CATEGORIES.map((category) => {
      const ok = row.scores[category] >= BUDGETS[category];
      met &&= ok;
      return `${row.scores[category]} ${ok ? 'met' : 'MISSED'}`;
    });
    const jsOk = row.scriptBytes <= JS_BUDGET_BYTES;
    const htmlBudget = HTML_BUDGET_BYTES[row.route];
    const htmlOk = htmlBudget === undefined || row.htmlBytes <= htmlBudget;
    met &&= jsOk && htmlOk;
    return [
      row.route,
      ...cells,
      `${kb(row.htmlBytes)}${htmlBudget === undefined ? '' : htmlOk ? ' met' : ' MISSED'}`,
      `${kb(row.scriptBytes)} ${jsOk ? 'met' : 'MISSED'}`,
      kb(row.scriptTransferBytes),
    ];
  });
  const all = [header, budget, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((cells) => (cells[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  return { text: [line(header), rule, ...[budget, ...body].map(line)].join('\n'), met };
}

async function main(): Promise<number> {
  return withProductionServer(async (baseURL) => {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
    });
    try {
      const rows: Row[] = [];
      for (const route of ROUTES) {
        rows.push(await audit(baseURL, chrome.port, route));
        console.error(`audited ${route}`);
      }
      const { text, met } = table(rows);
      console.log(text);
      for (const row of rows) {
        for (const failing of row.failing) console.log(`  ${row.route} — ${failing}`);
      }
      console.log(met ? '\nAll budgets met.' : '\nSome budgets were missed.');
      return met ? 0 : 1;
    } finally {
      chrome.kill();
    }
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
