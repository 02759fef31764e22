import { describe, expect, it } from 'vitest';
import { faultReason, Staleness } from '@/lib/catalogue/staleness';
import { CATALOGUE_STALE_LOG_MS } from '@/lib/constants';
import { CatalogueUnavailableError } from '@/lib/db/reader';

/** lib/catalogue/staleness.ts: the public kind of each fault, and a log that speaks on change. */

const prismaError = (code: string, message: string) =>
  Object.assign(new Error(`\nInvalid \`db.source.findFirst()\` invocation:\n\n${message}`), {
    name: 'PrismaClientKnownRequestError',
    code,
  });

describe('faultReason', () => {
  it.each([
    [new CatalogueUnavailableError('no catalogue database at /srv/x.db'), 'database file missing'],
    [
      prismaError('P1001', "Can't reach database server at `127.0.0.1:5433`"),
      'database unreachable',
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), { code: 'ECONNREFUSED' }),
      'database unreachable',
    ],
    [
      prismaError(
        'P2039',
        'Database error. Code: `SQLITE_CORRUPT`. Message: `database disk image is malformed`',
      ),
      'database unreadable',
    ],
    [prismaError('SQLITE_IOERR_READ', 'disk I/O error'), 'database unreadable'],
    [
      prismaError('P2021', 'The table `main.Source` does not exist in the current database.'),
      'not a catalogue',
    ],
    [
      Object.assign(new Error('the database holds no catalogue'), { name: 'CatalogueEmptyError' }),
      'not a catalogue',
    ],
    [new Error('something else entirely'), 'read failed'],
  ])('%s → %s', (error, reason) => {
    expect(faultReason(error)).toBe(reason);
  });
});

describe('Staleness', () => {
  it('logs when a fault begins, changes, persists each interval and ends; not per check', () => {
    const lines: string[] = [];
    const health = new Staleness((line) => lines.push(line));
    const t0 = 1_000_000;
    health.confirmed(t0, 'v1');
    expect(lines).toEqual([]);
    const refused = prismaError('P1001', "Can't reach database server at `127.0.0.1:5433`");
    for (let at = t0 + 1_000; at < t0 + CATALOGUE_STALE_LOG_MS; at += 1_000)
      health.failed(refused, at, 'v1');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      "catalogue fault: database unreachable, serving the last good catalogue (version v1): P1001: Can't reach database server at `127.0.0.1:5433`",
    );
    expect(health.fault).toEqual({ since: t0 + 1_000, reason: 'database unreachable' });
    expect(health.lastCheck).toMatchObject({ ok: false, reason: 'database unreachable' });
    health.failed(refused, t0 + 1_000 + CATALOGUE_STALE_LOG_MS, 'v1');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^catalogue fault persists \(5 min\): database unreachable/);
    health.failed(new CatalogueUnavailableError('gone'), t0 + 2 * CATALOGUE_STALE_LOG_MS, 'v1');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^catalogue fault changed: database file missing/);
    // The fault began when the first one did.
    expect(health.fault?.since).toBe(t0 + 1_000);
    health.confirmed(t0 + 2 * CATALOGUE_STALE_LOG_MS + 500, 'v1');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe(
      `catalogue recovered after ${((2 * CATALOGUE_STALE_LOG_MS - 500) / 1000).toFixed(1)} s: serving version v1`,
    );
    expect(health.fault).toBeUndefined();
    health.confirmed(t0 + 3 * CATALOGUE_STALE_LOG_MS, 'v1');
    expect(lines).toHaveLength(4);
  });

  it('with nothing loaded, says there is nothing to serve', () => {
    const lines: string[] = [];
    new Staleness((line) => lines.push(line)).failed(
      new CatalogueUnavailableError('x'),
      0,
      undefined,
    );
    expect(lines).toEqual([
      'catalogue fault: database file missing, no catalogue to serve (503): x',
    ]);
  });
});
