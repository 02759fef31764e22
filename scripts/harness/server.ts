import { createInterface } from 'node:readline';
import { SERVER_ENV, serverArgs } from '@/lib/serve/process-options';
import { freePort, spawnOwned, stopGroup, waitUntilAnswering } from './processes';

export interface RunningServer {
  baseURL: string;
  /** The serving process itself (no wrapper), for its memory. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * The production server (scripts/serve.ts) on a free loopback port, resolved once it answers.
 * It is an owned process (./processes.ts): stopped with its whole group by `stop`, by the run's
 * cleanup, or on a signal, and never left running when starting it fails. `cwd` serves another
 * copy of the project (its scripts, its build) instead of this one. With `log`, each line the
 * server prints (stdout and stderr) is handed to it instead of this process's terminal.
 */
export async function startServer(
  env: NodeJS.ProcessEnv,
  cwd?: string,
  log?: (line: string) => void,
): Promise<RunningServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawnOwned(
    process.execPath,
    serverArgs(['--hostname', '127.0.0.1', '--port', String(port)]),
    { ...env, ...SERVER_ENV },
    log ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    cwd,
  );
  if (log) {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream as NodeJS.ReadableStream }).on('line', log);
    }
  }
  const stop = () => stopGroup(child);
  try {
    await waitUntilAnswering(`${baseURL}/robots.txt`, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, pid: child.pid as number, stop };
}
