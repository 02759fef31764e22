import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runCommand } from '@/scripts/harness/run-command';
import { type RunningServer, startServer } from '@/scripts/harness/server';
import { EXPECTED } from '../support/expected';

/**
 * One build serves any catalogue: the suite's build was made with no database at all
 * (tests/e2e/support/global-setup.ts), holds nothing of the list, and serves a catalogue loaded
 * after the server started. Absolute addresses name the port the server listens on.
 */

let dir: string;
let server: RunningServer;
let databaseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-one-build-'));
  databaseUrl = `file:${join(dir, 'catalogue.db')}`;
  const { SITE_URL: _unset, ...env } = process.env;
  server = await startServer({
    ...env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: inject('distDir'),
    DATABASE_URL: databaseUrl,
  });
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('one build for any catalogue', () => {
  it('the build holds no title of the list: pages are not made at build time', async () => {
    const titles = EXPECTED.slice(0, 40).map((item) => item.title);
    const found: string[] = [];
    for (const file of await filesUnder(inject('distDir'))) {
      if (!/\.(html|rsc|body|json|js)$/.test(file)) continue;
      const text = await readFile(file, 'utf8');
      for (const title of titles) if (text.includes(title)) found.push(`${title} in ${file}`);
    }
    expect(found).toEqual([]);
  });

  it('with no catalogue yet, pages answer 503 and say why; files that need none answer', async () => {
    const page = await fetch(new URL('/outcomes', server.baseURL));
    expect(page.status).toBe(503);
    expect(page.headers.get('Retry-After')).toBe('5');
    expect(page.headers.get('Cache-Control')).toBe('no-store');
    expect(await page.text()).toMatch(/本目录的数据库尚未建立/);
    const english = await fetch(new URL('/en/outcomes', server.baseURL));
    expect(english.status).toBe(503);
    expect(await english.text()).toBe(
      'The catalogue database has not been set up yet or cannot be read; please try again shortly.\n',
    );
    expect((await fetch(new URL('/robots.txt', server.baseURL))).status).toBe(200);
  });

  it('serves the catalogue loaded after it started, with addresses on its own port', async () => {
    const status = await runCommand('npm', ['run', '--silent', 'db:setup'], {
      ...process.env,
      DATABASE_URL: databaseUrl,
    });
    expect(status).toBe(0);
    const page = await fetch(new URL('/outcomes', server.baseURL));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`共${EXPECTED.length}项成果`);
    const api = (await (
      await fetch(new URL('/api/outcomes?pageSize=1', server.baseURL))
    ).json()) as {
      items: Array<{ url: string }>;
    };
    const port = new URL(server.baseURL).port;
    expect(api.items[0]?.url).toBe(`http://localhost:${port}/outcomes/meetings/24`);
  }, 60_000);
});
