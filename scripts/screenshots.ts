import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, launchBrowserServer } from '@/scripts/harness/browser';
import { withProductionServer } from '@/scripts/harness/production';

/**
 * `npm run screenshots`: the overview, a search, a search with no results, the list and an
 * item page, in Chinese and English, at a phone's and a laptop's width, full length, and the
 * link previews (Open Graph images) of the list, an item and a place, into docs/screenshots/ —
 * to look at after a change to layout or styles.
 */

const OUT_DIR = join('docs', 'screenshots');
const PAGES = [
  { name: 'overview', path: '/' },
  { name: 'list', path: '/outcomes' },
  { name: 'search', path: '/outcomes?q=沈阳' },
  { name: 'search-empty', path: '/outcomes?q=联合国+section:documents' },
  { name: 'item', path: '/outcomes/documents/88' },
  { name: 'en-overview', path: '/en' },
  { name: 'en-list', path: '/en/outcomes' },
  { name: 'en-item', path: '/en/outcomes/documents/88' },
  { name: 'initiative', path: '/outcomes/initiatives/1' },
  { name: 'en-initiative', path: '/en/outcomes/initiatives/1' },
  { name: 'commitments', path: '/commitments' },
  { name: 'en-commitments', path: '/en/commitments' },
  { name: 'en-place', path: '/en/places/tianjin' },
];
const PREVIEWS = [
  { name: 'preview-list', path: '/api/preview/outcomes?place=shenyang' },
  { name: 'preview-item', path: '/api/preview/outcomes/documents/88' },
  { name: 'preview-place', path: '/api/preview/places/shanghai' },
];
const WIDTHS = [390, 1280];
const SCHEMES = (process.env.SCREENSHOT_SCHEMES ?? 'light').split(',') as Array<'light' | 'dark'>;

async function main() {
  await mkdir(OUT_DIR, { recursive: true });
  await withProductionServer(async (baseURL) => {
    for (const { name, path } of PREVIEWS) {
      const response = await fetch(new URL(path, baseURL));
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const file = join(OUT_DIR, `${name}.png`);
      await writeFile(file, Buffer.from(await response.arrayBuffer()));
      console.log(`${response.status} ${path} → ${file}`);
    }
    const server = await launchBrowserServer(ensureChromium());
    const browser = await chromium.connect(server.wsEndpoint());
    try {
      for (const width of WIDTHS) {
        for (const colorScheme of SCHEMES) {
          const context = await browser.newContext({
            baseURL,
            locale: 'zh-CN',
            viewport: { width, height: 900 },
            colorScheme,
          });
          const page = await context.newPage();
          for (const { name, path } of PAGES) {
            const response = await page.goto(path, { waitUntil: 'networkidle' });
            const suffix = colorScheme === 'light' ? '' : `-${colorScheme}`;
            const file = join(OUT_DIR, `${name}-${width}${suffix}.png`);
            await page.screenshot({ path: file, fullPage: true });
            console.log(`${response?.status() ?? '?'} ${path} → ${file}`);
          }
          await context.close();
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
}

main().catch((error: Error) => {
  console.error(`error: ${error.message}`);
  process.exit(1);
});
