import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { requirement } from '../../support/requirement';
import { request } from '../support/http';

/**
 * The pages' HTML as the Nu Html Checker (the W3C validator, from the vnu-jar package) reads it:
 * no errors. One Java process checks every page at once; the test is skipped, saying why, where
 * there is no Java to run it, and fails there when CI is set.
 */

const VNU = fileURLToPath(
  new URL('../../../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);
const JAVA = spawnSync('java', ['-version'], { encoding: 'utf8' });
const HAS_JAVA = requirement(
  'Java',
  JAVA.status === 0,
  'the Nu Html Checker (node_modules/vnu-jar/build/dist/vnu.jar) needs `java` (apt-get install default-jre-headless)',
);

const PAGES = [
  '/',
  '/outcomes',
  `/outcomes?place=shenyang&q=${encodeURIComponent('协议')}`,
  '/outcomes/documents/88',
  '/outcomes/meetings/70',
  '/places',
  '/places/shenyang',
  '/source',
];
const ALL = PAGES.flatMap((path) => [path, path === '/' ? '/en' : `/en${path}`]);

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

function check(files: string[]): VnuMessage[] {
  const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // vnu writes its report to stderr and exits 1 when it found errors.
  return (JSON.parse(result.stderr || result.stdout) as { messages: VnuMessage[] }).messages;
}

describe('HTML validity (Nu Html Checker)', () => {
  const name = HAS_JAVA
    ? 'has no errors on any page, in either language'
    : 'SKIPPED: needs Java to run node_modules/vnu-jar/build/dist/vnu.jar, and `java` was not found';
  it.skipIf(!HAS_JAVA)(name, { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vnu-'));
    try {
      const files: string[] = [];
      for (const [index, path] of ALL.entries()) {
        const response = await request(path);
        expect(response.status, path).toBe(200);
        const file = join(dir, `${index}.html`);
        await writeFile(file, await response.text());
        files.push(file);
      }
      // The checker does find errors: a document with a stray end tag is among the files.
      const broken = join(dir, 'broken.html');
      await writeFile(broken, '<!DOCTYPE html><html lang="en"><title>x</title><p>a</div>');
      const messages = check([...files, broken]);
      const byPage = messages
        .filter((message) => message.type === 'error')
        .map((message) => {
          const file = (message.url ?? '').replace(/^file:/, '');
          const index = files.indexOf(file);
          return `${index === -1 ? file.split('/').pop() : ALL[index]}: ${message.message} ${message.extract ?? ''}`;
        });
      expect(
        byPage.some((line) => line.startsWith('broken.html')),
        'the checker ran',
      ).toBe(true);
      expect(byPage.filter((line) => !line.startsWith('broken.html'))).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
