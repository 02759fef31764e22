import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AdmissionGate } from '@/lib/serve/admission';

/**
 * The gate driven by hand: each request is a stand-in response (an emitter with `destroyed`,
 * all the gate reads of a ServerResponse), and an answer "finishes" when the test emits its
 * `close`. No server, no timers: every step is an explicit event.
 */

class Response extends EventEmitter {
  destroyed = false;
  /** The client leaves: Node marks the response destroyed and emits close. */
  leave() {
    this.destroyed = true;
    this.emit('close');
  }
  finish() {
    this.emit('close');
  }
}

function harness(limit: number, queueMax: number) {
  const gate = new AdmissionGate(limit, queueMax);
  const started: string[] = [];
  const responses = new Map<string, Response>();
  let running = 0;
  let mostAtOnce = 0;
  const dropped: string[] = [];
  const admit = (name: string): boolean => {
    const response = new Response();
    responses.set(name, response);
    response.once('close', () => {
      if (started.includes(name)) running -= 1;
    });
    return gate.admit(
      response as unknown as ServerResponse,
      () => {
        started.push(name);
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
      },
      () => dropped.push(name),
    );
  };
  const response = (name: string) => responses.get(name) as Response;
  return { admit, response, started, dropped, mostAtOnce: () => mostAtOnce };
}

describe('AdmissionGate', () => {
  it('starts at most `limit` answers at once, the rest in order of arrival', () => {
    const { admit, response, started, mostAtOnce } = harness(2, 100);
    const names = ['a', 'b', 'c', 'd', 'e'];
    expect(names.map(admit)).toEqual([true, true, true, true, true]);
    expect(started).toEqual(['a', 'b']);
    response('b').finish();
    expect(started).toEqual(['a', 'b', 'c']);
    response('a').finish();
    response('c').finish();
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(mostAtOnce()).toBe(2);
  });

  it('starts an answer at once while places are free', () => {
    const { admit, started } = harness(3, 0);
    expect(['a', 'b', 'c'].map(admit)).toEqual([true, true, true]);
    expect(started).toEqual(['a', 'b', 'c']);
  });

  it('refuses at once when the queue is full, starting nothing, and takes requests once it drains', () => {
    const { admit, response, started } = harness(1, 2);
    // One running, two waiting, two refused.
    expect(['a', 'b', 'c', 'd', 'e'].map(admit)).toEqual([true, true, true, false, false]);
    response('a').finish();
    response('b').finish();
    response('c').finish();
    expect(started).toEqual(['a', 'b', 'c']);
    expect(admit('again')).toBe(true);
    expect(started).toEqual(['a', 'b', 'c', 'again']);
  });

  it('skips a request whose client left while it waited; it holds no place', () => {
    const { admit, response, started } = harness(1, 10);
    admit('first');
    admit('gone');
    admit('last');
    response('gone').leave();
    response('first').finish();
    expect(started).toEqual(['first', 'last']);
    response('last').finish();
    admit('next');
    expect(started).toEqual(['first', 'last', 'next']);
  });

  it('skips every abandoned request in a row', () => {
    const { admit, response, started } = harness(1, 10);
    for (const name of ['first', 'x', 'y', 'z', 'last']) admit(name);
    for (const name of ['x', 'y', 'z']) response(name).leave();
    response('first').finish();
    expect(started).toEqual(['first', 'last']);
  });

  it('frees the place of an answer whose client leaves while it is made', () => {
    const { admit, response, started } = harness(1, 10);
    admit('slow');
    admit('waiting');
    response('slow').leave();
    expect(started).toEqual(['slow', 'waiting']);
  });

  it('frees a place once per answer, whatever the response emits after', () => {
    const { admit, response, started, mostAtOnce } = harness(1, 10);
    for (const name of ['a', 'b', 'c']) admit(name);
    response('a').finish();
    // A second close of the same response must not free b's place for c.
    response('a').finish();
    expect(started).toEqual(['a', 'b']);
    expect(mostAtOnce()).toBe(1);
  });

  it('gives a waiting place back as soon as its client leaves', () => {
    const { admit, response, started } = harness(1, 1);
    expect(admit('a')).toBe(true);
    expect(admit('b')).toBe(true);
    expect(admit('c')).toBe(false);
    response('b').leave();
    expect(admit('d')).toBe(true);
    response('a').finish();
    expect(started).toEqual(['a', 'd']);
  });

  it('says when a waiting answer will never start, once, and never for one started or refused', () => {
    const { admit, response, started, dropped } = harness(1, 1);
    admit('running');
    admit('waiting');
    expect(admit('refused')).toBe(false);
    response('waiting').leave();
    response('waiting').leave();
    response('running').leave();
    expect(dropped).toEqual(['waiting']);
    expect(started).toEqual(['running']);
  });

  it('says so for a client found gone when its turn comes, though its close was never seen', () => {
    const { admit, response, started, dropped } = harness(1, 10);
    admit('running');
    admit('silent');
    admit('next');
    response('silent').destroyed = true;
    response('running').finish();
    expect(dropped).toEqual(['silent']);
    expect(started).toEqual(['running', 'next']);
  });

  it('does not say so for an answer that waited, started, and then lost its client', () => {
    const { admit, response, started, dropped } = harness(1, 10);
    admit('first');
    admit('queued');
    response('first').finish();
    expect(started).toEqual(['first', 'queued']);
    response('queued').leave();
    expect(dropped).toEqual([]);
  });
});
