import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { distDir } from '@/lib/dist-dir';
import { runCommand } from './run-command';

/**
 * Runs `next build` only when the build in the dist directory was made from other sources. The
 * build reads no database and bakes in no address: one build serves any catalogue, anywhere.
 */

// Everything the build reads from the project; tests/, scripts/ (this harness too) and data/
// (the list copies, rules and translations, which ingest reads into the database) never reach a
// page, so editing them rebuilds nothing.
const SOURCE_DIRS = ['app', 'components', 'lib', 'prisma', 'public'];
const SOURCE_FILES = [
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  // `next build` loads these into the environment the pages are rendered in.
  '.env',
  '.env.local',
  '.env.production',
  '.env.production.local',
];
const STAMP_FILE = 'catalogue-build.sha256';
const NEXT_BIN = join('node_modules', '.bin', 'next');

export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const dir = distDir(env);
  const stampPath = join(dir, STAMP_FILE);
  const wanted = await fingerprint();
  const stamp = await readFile(stampPath, 'utf8').catch(() => undefined);
  const buildId = await readFile(join(dir, 'BUILD_ID'), 'utf8').catch(() => undefined);
  if (buildId && stamp === wanted) {
    console.log(`build in ${dir} is up to date`);
    return;
  }
  console.log(`building into ${dir}: ${buildId ? 'sources changed' : 'no build yet'}`);
  const status = await runCommand(NEXT_BIN, ['build'], env);
  if (status !== 0) throw new Error(`next build failed (${status})`);
  // `next build` empties the directory first, so the stamp exists only after a build succeeds.
  await writeFile(stampPath, wanted);
}

/** The digest of every file the build reads in the project at `root`, by path relative to it. */
export async function fingerprint(root = '.'): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await sourceFiles(root)) {
    hash.update(`file ${file} ${await digest(join(root, file))}\n`);
  }
  return hash.digest('hex');
}

async function sourceFiles(root: string): Promise<string[]> {
  const nested = await Promise.all(
    SOURCE_DIRS.map(async (dir) => {
      const entries = await readdir(join(root, dir), {
        recursive: true,
        withFileTypes: true,
      }).catch(() => []);
      return entries
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)));
    }),
  );
  return [...nested.flat(), ...SOURCE_FILES].sort();
}

function digest(path: string): Promise<string> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve('missing'));
  });
}
