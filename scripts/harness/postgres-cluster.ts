import { execFile } from 'node:child_process';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, onCleanup } from './processes';

const run = promisify(execFile);

/** Debian's PostgreSQL programs (package postgresql-15). */
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of its own — its own directory, its own port on 127.0.0.1, trust
 * authentication — that a test or the bench may stop and start to play a database outage,
 * leaving the machine's shared server alone. PostgreSQL refuses to run as root; as root the
 * cluster runs as the `postgres` user.
 */
export interface ScratchCluster {
  /** `postgresql://catalogue@127.0.0.1:<port>/postgres` */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it if running and deletes its directory. */
  remove(): Promise<void>;
}

export async function startScratchCluster(): Promise<ScratchCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-pg-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const root = userInfo().uid === 0;
  if (root) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const as = (program: string, args: string[]) =>
    root
      ? run('runuser', ['-u', 'postgres', '--', join(POSTGRES_BIN, program), ...args])
      : run(join(POSTGRES_BIN, program), args);
  await as('initdb', ['-D', data, '-U', 'catalogue', '-A', 'trust', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const start = async () => {
    await as('pg_ctl', ['start', '-w', '-D', data, '-o', options, '-l', join(dir, 'log')]);
    running = true;
  };
  const stop = async () => {
    await as('pg_ctl', ['stop', '-w', '-m', 'fast', '-D', data]);
    running = false;
  };
  const remove = async () => {
    if (running) await stop().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  };
  onCleanup(remove);
  await start();
  return { url: `postgresql://catalogue@127.0.0.1:${port}/postgres`, stop, start, remove };
}
