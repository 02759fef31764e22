import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/**
 * Child processes and temporary things that a test run, the benchmark or the audit owns. Each
 * child runs in its own process group, so stopping it stops whatever it started too (a server's
 * workers, Chromium's helpers). Everything registered is stopped on normal exit, on an error the
 * caller reports through `cleanUp`, and on SIGINT, SIGTERM or SIGHUP; nothing is looked up by
 * name, so nothing of anyone else's is touched.
 */
type Cleanup = () => Promise<void> | void;
const cleanups: Cleanup[] = [];
const groups = new Set<number>();

export function onCleanup(cleanup: Cleanup): void {
  installHandlers();
  cleanups.push(cleanup);
}

/** Runs every registered cleanup, newest first; one that fails does not stop the others. */
export async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop() as Cleanup;
    await Promise.resolve()
      .then(cleanup)
      .catch((error: Error) => console.error(`cleanup: ${error.message}`));
  }
}

let installed = false;

function installHandlers(): void {
  if (installed) return;
  installed = true;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.error(`\n${signal}: stopping the processes this run started`);
      cleanUp().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
    });
  }
  // Last resort when the process exits without running the cleanups (an uncaught error,
  // process.exit from a library): end every group still alive, synchronously.
  process.on('exit', () => {
    for (const pgid of groups) killGroup(pgid, 'SIGKILL');
  });
}

function killGroup(pgid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pgid, signal);
    return true;
  } catch {
    return false;
  }
}

/**
 * Spawns a command in its own process group, stopped (group-wide) by `cleanUp` or `stopGroup`;
 * in `cwd` when given (a scratch copy of the project), else in this process's directory.
 */
export function spawnOwned(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  stdio: StdioOptions = ['ignore', 'ignore', 'inherit'],
  cwd?: string,
): ChildProcess {
  installHandlers();
  const child = spawn(command, args, { env, stdio, cwd, detached: true });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  groups.add(pid);
  child.once('exit', () => {
    // The leader is gone; anything it left in its group goes with it.
    killGroup(pid, 'SIGKILL');
    groups.delete(pid);
  });
  onCleanup(() => stopGroup(child));
  return child;
}

/** SIGTERM to the child's whole group, SIGKILL after five seconds; resolves once it has exited. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  if (child.exitCode !== null || child.signalCode !== null) {
    killGroup(pid, 'SIGKILL');
    groups.delete(pid);
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  if (!killGroup(pid, 'SIGTERM')) return;
  const killed = setTimeout(() => killGroup(pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(killed);
  groups.delete(pid);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

export async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: server exited with ${child.exitCode}`);
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Resident memory of a process in bytes (VmRSS), undefined once it is gone. */
export function rssBytes(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) * 1024;
  } catch {
    return undefined;
  }
}
