import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AdmissionGate } from '@/lib/serve/admission';

/**
 * The gate in front of a real HTTP server on loopback: each admitted answer takes `holdMs`,
 * and the test watches how many run at once and in which order they start.
 */

let server: Server | undefined;

afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function gatedServer(gate: AdmissionGate, holdMs: number) {
  const started: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  server = createServer((request, response) => {
    const admitted = gate.admit(response, () => {
      started.push(request.url ?? '');
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      setTimeout(() => {
        running -= 1;
        response.end('ok');
      }, holdMs);
    });
    if (!admitted) response.writeHead(503).end('full');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // A fresh connection each, so the server sees every request at once, in sending order.
  const get = (path: string, signal?: AbortSignal) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers: { Connection: 'close' }, signal });
  return { get, started, mostAtOnce: () => mostAtOnce };
}

const arrived = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AdmissionGate', () => {
  it('runs at most `limit` answers at once and the rest in order of arrival', async () => {
    const { get, started, mostAtOnce } = await gatedServer(new AdmissionGate(2, 100), 80);
    const paths = Array.from({ length: 8 }, (_, i) => `/${i}`);
    const answers: Promise<Response>[] = [];
    for (const path of paths) {
      answers.push(get(path));
      await arrived(20);
    }
    const statuses = await Promise.all(answers.map(async (answer) => (await answer).status));
    expect(statuses).toEqual(paths.map(() => 200));
    expect(mostAtOnce()).toBe(2);
    expect(started).toEqual(paths);
  });

  it('refuses at once when the queue is full, and takes requests again once it drains', async () => {
    const { get } = await gatedServer(new AdmissionGate(1, 2), 150);
    const answers: Promise<Response>[] = [];
    for (let i = 0; i < 5; i += 1) {
      answers.push(get(`/${i}`));
      await arrived(20);
    }
    const statuses = await Promise.all(answers.map(async (answer) => (await answer).status));
    // One running, two waiting, two refused.
    expect(statuses).toEqual([200, 200, 200, 503, 503]);
    expect((await get('/again')).status).toBe(200);
  });

  it('skips a request whose client left while it waited', async () => {
    const { get, started } = await gatedServer(new AdmissionGate(1, 10), 150);
    const first = get('/first');
    await arrived(20);
    const leaving = new AbortController();
    const gone = get('/gone', leaving.signal).catch(() => undefined);
    await arrived(20);
    const last = get('/last');
    await arrived(20);
    leaving.abort();
    await Promise.all([first, gone, last]);
    expect(started).toEqual(['/first', '/last']);
  });
});
