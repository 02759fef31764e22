import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Started {
  child: number;
  grandchild: number;
}

/** Alive and not a zombie waiting to be reaped (a container's PID 1 may never reap it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Runs the fixture harness, waits for its pids, optionally signals it, and awaits its exit. */
function runHarness(mode: string, signal?: NodeJS.Signals) {
  const harness = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/owned-process-fixture.ts', mode],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  return new Promise<{ started: Started; code: number | null }>((resolve, reject) => {
    let started: Started | undefined;
    harness.stdout.on('data', (data: Buffer) => {
      started ??= JSON.parse(String(data).split('\n')[0] ?? '') as Started;
      expect(isRunning(started.child)).toBe(true);
      expect(isRunning(started.grandchild)).toBe(true);
      if (signal) harness.kill(signal);
      else harness.stdin.write('go\n');
    });
    harness.on('error', reject);
    harness.on('exit', (code) =>
      started ? resolve({ started, code }) : reject(new Error(`harness exited with ${code}`)),
    );
  });
}

async function gone(pid: number): Promise<boolean> {
  // A SIGTERMed group gets up to five seconds before SIGKILL; the sleeps here end at once.
  for (let tries = 0; tries < 50 && isRunning(pid); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isRunning(pid);
}

describe('processes the harness starts', () => {
  it.each([
    ['an uncaught error', 'throw', undefined],
    ['a failure followed by the cleanup', 'reject', undefined],
    ['SIGINT', 'wait', 'SIGINT'],
    ['SIGTERM', 'wait', 'SIGTERM'],
  ] as const)('are all gone after %s', async (_, mode, signal) => {
    const { started, code } = await runHarness(mode, signal);
    expect(code).not.toBe(0);
    expect(await gone(started.child)).toBe(true);
    expect(await gone(started.grandchild)).toBe(true);
  });
});
