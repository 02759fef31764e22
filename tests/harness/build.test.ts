import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint } from '@/scripts/harness/build';

// A copy of the project's sources, harness and test helpers, edited here instead of the tree.
const COPIED = [
  'app',
  'components',
  'lib',
  'prisma',
  'public',
  'next.config.ts',
  'proxy.ts',
  'instrumentation.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
  'scripts',
  'tests/support',
  'tests/e2e/support',
];

describe('the build fingerprint', () => {
  let root = '';

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
    for (const path of COPIED) {
      if (existsSync(path)) cpSync(path, join(root, path), { recursive: true });
    }
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the same for the copy as for the project (the copy holds every file it reads)', async () => {
    expect(await fingerprint(root)).toBe(await fingerprint('.'));
  });

  it('stays the same when the harness or a test helper is edited: no rebuild for them', async () => {
    const before = await fingerprint(root);
    appendFileSync(join(root, 'scripts/harness/build.ts'), '\n// edited\n');
    appendFileSync(join(root, 'scripts/harness/processes.ts'), '\n// edited\n');
    appendFileSync(join(root, 'tests/e2e/support/database.ts'), '\n// edited\n');
    expect(await fingerprint(root)).toBe(before);
  });

  it('changes when a file the build reads is edited', async () => {
    const before = await fingerprint(root);
    appendFileSync(join(root, 'lib/constants.ts'), '\n// edited\n');
    expect(await fingerprint(root)).not.toBe(before);
  });
});
