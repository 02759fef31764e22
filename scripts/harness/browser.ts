import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type BrowserServer, chromium } from 'playwright-core';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags every headless run uses: without them Chromium calls Google's hosts at every start. */
const CHROMIUM_FLAGS = [
  // Chromium refuses to start as root with its sandbox on.
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
];

/**
 * CHROME_PATH if set; else Playwright's own Chromium where `npx playwright install` has put it
 * (a developer's laptop); else Debian's package (CI and these machines, where Playwright's
 * download host is unreachable). Undefined when there is none.
 */
function findChromium(): string | undefined {
  if (process.env.CHROME_PATH) {
    return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  return [chromium.executablePath(), DEBIAN_CHROMIUM].find((path) => existsSync(path));
}

export class BrowserMissingError extends Error {
  override name = 'BrowserMissingError';
}

/**
 * A Chromium for the browser tests, installed when missing: Playwright's own build where its
 * download host answers, else Debian's `chromium` package when this user may install packages
 * (root, or sudo without a password). Otherwise one line saying what to run.
 */
export function ensureChromium(log: (line: string) => void = console.error): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    throw new BrowserMissingError(
      `CHROME_PATH=${process.env.CHROME_PATH} does not exist: point it at a Chromium binary or unset it`,
    );
  }
  log('No Chromium for the browser tests: trying `playwright install chromium`…');
  // cli.js is not among the package's exports; it sits beside its package.json.
  const manifest = createRequire(import.meta.url).resolve('playwright-core/package.json');
  const cli = join(dirname(manifest), 'cli.js');
  // Its stack trace when the download host is unreachable says no more than the next line.
  if (!run(process.execPath, [cli, 'install', 'chromium'], 10 * 60_000, {}, 'ignore')) {
    log("Playwright's download failed.");
  }
  const installed = findChromium();
  if (installed) return installed;
  const sudo = packageInstaller();
  if (sudo !== undefined) {
    log("Installing Debian's chromium with apt-get…");
    const prefix = sudo ? ['sudo', '-n'] : [];
    const apt = (...args: string[]) => {
      const [command = 'apt-get', ...rest] = [...prefix, 'apt-get', ...args];
      return run(command, rest, 15 * 60_000, { DEBIAN_FRONTEND: 'noninteractive' });
    };
    if (apt('update', '-qq') && apt('install', '-y', '-qq', 'chromium')) {
      const debian = findChromium();
      if (debian) return debian;
    }
  }
  throw new BrowserMissingError(
    'No Chromium for the browser tests, and it could not be installed here: run `sudo apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROME_PATH to a Chromium binary, then run the tests again',
  );
}

/** `false` when root (no sudo needed), `true` when sudo works without a password, else undefined. */
function packageInstaller(): boolean | undefined {
  if (!existsSync('/usr/bin/apt-get')) return undefined;
  if (process.getuid?.() === 0) return false;
  return run('sudo', ['-n', 'true'], 10_000) ? true : undefined;
}

function run(
  command: string,
  args: string[],
  timeoutMs: number,
  env: Record<string, string> = {},
  errors: 'inherit' | 'ignore' = 'inherit',
): boolean {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', errors],
    timeout: timeoutMs,
    env: { ...process.env, ...env },
  });
  return result.status === 0;
}

/** One headless Chromium for the whole run; test files connect to it over its endpoint. */
export function launchBrowserServer(executablePath: string): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
