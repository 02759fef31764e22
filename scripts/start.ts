import { readFileSync } from 'node:fs';
import { SERVER_ENV, serverArgs } from '@/lib/serve/process-options';
import { buildIfStale } from '@/scripts/harness/build';
import { runCommand } from '@/scripts/harness/run-command';
import { PortSchema } from './port';

/**
 * `npm start`: the one command that serves the catalogue on a fresh clone. Sets up the database
 * (idempotent), builds when the build is missing or stale, then serves it (scripts/serve.ts).
 */

async function main(): Promise<number> {
  const port = PortSchema.safeParse(process.env.PORT || undefined);
  if (!port.success) {
    console.error(`error: PORT=${process.env.PORT}: expected a port number (1–65535)`);
    return 2;
  }
  const env = { NEXT_TELEMETRY_DISABLED: '1', ...process.env };
  if (hasNpmScript('db:setup')) {
    const status = await runCommand('npm', ['run', '--silent', 'db:setup'], env);
    // db:setup has said why in one line; adding another would bury it. Nothing is started.
    if (status !== 0) return typeof status === 'number' ? status : 1;
  }
  await buildIfStale(env);
  const status = await runCommand(process.execPath, serverArgs(['--port', String(port.data)]), {
    ...env,
    ...SERVER_ENV,
    NODE_ENV: 'production',
  });
  // Stopped by Ctrl-C or a service manager: that is how a server is meant to end.
  return typeof status === 'number' ? status : 0;
}

function hasNpmScript(name: string): boolean {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return Boolean(pkg.scripts?.[name]);
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
