import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, spawnOwned, stopGroup, waitUntilAnswering } from '@/scripts/harness/processes';
import { OwnedCommands } from './support/scratch-project';

/**
 * The documented production path on a clean checkout: `npm ci && npm run build && npm prune
 * --omit=dev && npm start`. The checkout is the project's files as git would give them (tracked
 * and new, nothing ignored: no build, no database, no generated client); `npm ci` is stood in
 * for by the project's node_modules linked file by file (hard links, so the prune removes only
 * the copy's) and its postinstall, since a real one would fetch 1.3 GB again. Then the real
 * commands: build, prune, start; and what a visitor asks for first.
 */

const PROJECT = process.cwd();
/**
 * Development tools that must not be in a production tree (TypeScript stays: @prisma/client
 * declares it as a peer, so npm keeps it).
 */
const DEV_ONLY = [
  'tsx',
  'lighthouse',
  'vnu-jar',
  'autocannon',
  'datapackage',
  'tableschema',
  'playwright-core',
  'vitest',
  'esbuild',
];

let dir: string;
const commands = new OwnedCommands();
let server: ReturnType<typeof spawnOwned> | undefined;
let baseURL: string;
let pruned: Set<string>;

async function checkout(to: string): Promise<void> {
  const files = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z'],
    { cwd: PROJECT, encoding: 'utf8' },
  )
    .split('\0')
    .filter((file) => file !== '');
  for (const file of files) {
    await mkdir(join(to, dirname(file)), { recursive: true });
    // A file deleted but not yet staged is listed and absent: git would not check it out either.
    await cp(join(PROJECT, file), join(to, file)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
  execFileSync('cp', ['-al', join(PROJECT, 'node_modules'), join(to, 'node_modules')]);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-production-'));
  await checkout(dir);
  const { NEXT_DIST_DIR: _d, DATABASE_URL: _u, SITE_URL: _s, NODE_ENV: _n, ...rest } = process.env;
  const env: NodeJS.ProcessEnv = { ...rest, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  await commands.run('npm', ['run', 'postinstall'], { cwd: dir, env });
  await commands.run('npm', ['run', 'build'], { cwd: dir, env });
  await commands.run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund'], {
    cwd: dir,
    env,
  });
  pruned = new Set(await readdir(join(dir, 'node_modules')));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Asked to listen on loopback only: by default it listens on every interface.
  server = spawnOwned(
    'npm',
    ['start', '--', '--hostname', '127.0.0.1'],
    { ...env, PORT: String(port) },
    ['ignore', 'inherit', 'inherit'],
    dir,
  );
  // A bound for the harness, not a figure: how long it took is printed, the goal is in the README.
  await waitUntilAnswering(`${baseURL}/`, server, 180_000);
  console.log(`npm start answered / after ${Math.round(performance.now() - started)} ms`);
}, 900_000);

afterAll(async () => {
  await commands.stopAll();
  if (server) await stopGroup(server);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the production path on a clean checkout', () => {
  it('leaves no development tool in node_modules after the prune', () => {
    expect(DEV_ONLY.filter((name) => pruned.has(name))).toEqual([]);
    expect(pruned.has('next')).toBe(true);
  });

  it.each([
    ['/', 'text/html'],
    ['/outcomes/documents/88', 'text/html'],
    ['/en/outcomes?q=forum', 'text/html'],
    ['/api/outcomes.atom', 'application/atom+xml'],
    ['/api/preview/outcomes/documents/88', 'image/png'],
  ])('answers %s', async (path, type) => {
    const answer = await fetch(`${baseURL}${path}`);
    const body = Buffer.from(await answer.arrayBuffer());
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain(type);
    expect(body.length).toBeGreaterThan(1_000);
  });
});
