import { existsSync } from 'node:fs';
import { type BrowserServer, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROME_PATH if set; else Playwright's own Chromium where `npx playwright install` has put it
 * (a developer's laptop); else Debian's package (CI and these machines, where Playwright's
 * download host is unreachable).
 */
function executablePath(): string {
  const candidates = [process.env.CHROME_PATH, chromium.executablePath(), DEBIAN_CHROMIUM];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: `apt-get install chromium`, `npx playwright install chromium`, or set CHROME_PATH',
    );
  }
  return found;
}

/** One headless Chromium for the whole run; test files connect to it over its endpoint. */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: executablePath(),
    headless: true,
    args: [
      // Chromium refuses to start as root with its sandbox on.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      // Without these it calls Google's hosts at every start.
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
}
