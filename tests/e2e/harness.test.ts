import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { testDatabaseUrl } from './support/database';

function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

it('a setup that fails after starting the production server leaves no server behind', async () => {
  const setup = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/server-harness-fixture.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: inject('distDir'),
        DATABASE_URL: testDatabaseUrl(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  setup.stdout.on('data', (data: Buffer) => {
    output += String(data);
  });
  const code = await new Promise<number | null>((resolve) => setup.on('exit', resolve));
  const started = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {
    pid: number;
    baseURL: string;
  };
  expect(code).not.toBe(0);
  expect(started.pid).toBeGreaterThan(0);
  for (let tries = 0; tries < 50 && isRunning(started.pid); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(isRunning(started.pid)).toBe(false);
  await expect(fetch(`${started.baseURL}/robots.txt`)).rejects.toThrow();
}, 90_000);
