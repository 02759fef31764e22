import type { ChildProcess } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { spawnOwned, stopGroup } from '@/scripts/harness/processes';

/**
 * A scratch copy of the project inside it (under var/, which git and tsc ignore), for a test that
 * changes the sources and builds them without touching the project's own. Inside the project so
 * Node and Turbopack find node_modules by walking up; node_modules is not linked in, since
 * Turbopack refuses links that leave its root, and there is no package-lock.json, so Turbopack
 * takes the project's as its root.
 */

/** What the app needs to be ingested into, built and served: its sources, data and scripts. */
const COPIED = [
  'app',
  'components',
  'lib',
  'prisma',
  'data',
  'public',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  // Ingest and serve; the other scripts (the bench, the audit) are not needed and not copied.
  join('scripts', 'db-setup.ts'),
  join('scripts', 'serve.ts'),
  join('scripts', 'port.ts'),
];

/** A fresh copy of the project at `to` (removed first); the generated Prisma client included. */
export async function copyProject(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(join(to, 'scripts'), { recursive: true });
  for (const entry of COPIED) {
    await cp(join(from, entry), join(to, entry), {
      recursive: true,
      // Builds and databases that happen to lie among the sources stay behind.
      filter: (source) => !/(^|[/\\])(\.next[^/\\]*|node_modules|[^/\\]*\.db(-\w+)?)$/.test(source),
    }).catch((error: NodeJS.ErrnoException) => {
      // `public` is optional: the project serves its icon from app/.
      if (!(error.code === 'ENOENT' && entry === 'public')) throw error;
    });
  }
}

/**
 * The lines of `after` that are not in `before`, when `after` is `before` with lines inserted
 * and nothing removed or changed; throws otherwise.
 */
export function insertedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  const inserted: string[] = [];
  let at = 0;
  for (const line of after.split('\n')) {
    if (at < old.length && line === old[at]) at += 1;
    else inserted.push(line);
  }
  if (at !== old.length) throw new Error(`a line was changed or removed: ${old[at]}`);
  return inserted;
}

/** Every owned process these commands started, for the test to stop when it ends early. */
export class OwnedCommands {
  private readonly running = new Set<ChildProcess>();

  /** Runs a command in `cwd` as an owned process; rejects with the end of its output if it fails. */
  run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
    const child = spawnOwned(command, args, options.env, ['ignore', 'pipe', 'pipe'], options.cwd);
    this.running.add(child);
    let output = '';
    const keep = (data: Buffer) => {
      output = (output + String(data)).slice(-8_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    return new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (code, signal) => {
        this.running.delete(child);
        if (code === 0) resolve();
        else reject(new Error(`${[command, ...args].join(' ')}: ${signal ?? code}\n${output}`));
      });
    });
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running].map((child) => stopGroup(child)));
  }
}
