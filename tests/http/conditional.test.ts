import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CACHE_CONTROL } from '@/lib/http/cache-control';
import { conditionalAnswer } from '@/lib/http/conditional';

// The validator needs only the database file's identity, so any file will do: no query runs.
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'conditional-'));
  file = join(dir, 'catalogue.db');
  await writeFile(file, 'stand-in');
  vi.stubEnv('DATABASE_URL', `file:${file}`);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

const get = (etag?: string) =>
  new Request('http://test/api/outcomes', etag ? { headers: { 'If-None-Match': etag } } : {});

describe('conditionalAnswer', () => {
  it('answers 304 from the validator alone, without running the answer', async () => {
    const first = await conditionalAnswer(get(), '/api/outcomes', async () => Response.json({}));
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    const answer = vi.fn(async () => Response.json({}));
    const again = await conditionalAnswer(get(etag), '/api/outcomes', answer);
    expect(again.status).toBe(304);
    expect(again.headers.get('Cache-Control')).toBe(CACHE_CONTROL.api);
    expect(answer).not.toHaveBeenCalled();
  });

  it('gives another tag for another address, or once the database file is replaced', async () => {
    const tag = async (address: string) =>
      (await conditionalAnswer(get(), address, async () => Response.json({}))).headers.get('ETag');
    const before = await tag('/api/outcomes');
    expect(await tag('/api/outcomes?page=2')).not.toBe(before);
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    expect(await tag('/api/outcomes')).not.toBe(before);
  });

  it('marks an answer that is not 200 as not to be stored, without a tag', async () => {
    const answer = await conditionalAnswer(get(), '/x', async () =>
      Response.json({ error: 'no' }, { status: 404 }),
    );
    expect(answer.headers.get('ETag')).toBeNull();
    expect(answer.headers.get('Cache-Control')).toBe(CACHE_CONTROL.error);
  });
});
