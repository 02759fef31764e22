import { spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, onCleanup, spawnOwned, waitUntilAnswering } from '@/scripts/harness/processes';

const REPLAY = fileURLToPath(new URL('replay-server.mjs', import.meta.url));

/**
 * The ceilings of the HTTP rows, both serving the same saved page: nginx, the practical ceiling
 * for any answer on this machine, and a minimal node:http server (./replay-server.mjs), Node's
 * own limit here. Each runs as many processes as the server measured against them. nginx's
 * config, pid and logs live in a temp directory that is removed afterwards; both run in the
 * foreground on free loopback ports, as ordinary child processes.
 */
export async function startCeilings(
  html: string,
  processes: number,
): Promise<{
  nginx: string;
  node: string;
  version: string;
  processes: number;
}> {
  const version = nginxVersion();
  const dir = await mkdtemp(join(tmpdir(), 'bench-nginx-'));
  onCleanup(() => rm(dir, { recursive: true, force: true }));
  const www = join(dir, 'www');
  await mkdir(www);
  await writeFile(join(www, 'item.html'), html);
  // Run as root, nginx's workers drop to an unprivileged user, who must be able to read the file.
  await chmod(dir, 0o755);
  await chmod(www, 0o755);
  await chmod(join(www, 'item.html'), 0o644);
  const port = await freePort();
  const temp = (name: string) => join(dir, name);
  await writeFile(
    join(dir, 'nginx.conf'),
    `worker_processes ${processes};
pid ${temp('nginx.pid')};
error_log ${temp('error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};
  keepalive_requests 1000000;
  sendfile on;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    default_type text/html;
    charset utf-8;
    location / { try_files /item.html =404; }
  }
}
`,
  );
  const nginx = spawnOwned('nginx', [
    '-p',
    dir,
    '-c',
    join(dir, 'nginx.conf'),
    '-e',
    temp('error.log'),
    '-g',
    'daemon off;',
  ]);
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, nginx, 10_000);
  const nodePort = await freePort();
  const replay = spawnOwned(process.execPath, [
    REPLAY,
    join(www, 'item.html'),
    String(nodePort),
    String(processes),
  ]);
  const node = `http://127.0.0.1:${nodePort}/`;
  await waitUntilAnswering(node, replay, 10_000);
  return { nginx: url, node, version, processes };
}

function nginxVersion(): string {
  // `nginx -v` writes to stderr.
  const probe = spawnSync('nginx', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('nginx not found: install it with `apt-get install nginx`');
  }
  return `${probe.stderr}${probe.stdout}`.trim();
}
