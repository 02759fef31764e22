import { describe, expect, it } from 'vitest';
import { ceilingRows, httpRow, SATURATED, saturatedRows } from '@/scripts/bench/ceilings';
import { table } from '@/scripts/bench/table';

// Recorded figures, not made up: issue 20's wrk run on this machine (nginx 34–36k req/s, a
// node:http replay 30k, the item page from the answer cache 6.2–7.2k) and the autocannon run of
// docs/PERFORMANCE.md before it (nginx 5,826, the item page 7,100, the JSON API 11,094).
const WRK = { nginx: 35_000, node: 30_000 };
const AUTOCANNON = { nginx: 5_826, node: 5_900 };
const clean = { p50: 6, p99: 19, errors: 0, non2xx: 0 };

describe('HTTP rows against the ceilings', () => {
  it('gives each row its share of nginx and of Node, and meets a goal below nginx', () => {
    const row = httpRow(
      {
        measure: 'item page',
        subject: '/outcomes/documents/88',
        result: { ...clean, rps: 6_500 },
        goal: 0.6,
      },
      WRK,
    );
    // 6,500 / 35,000 = 0.1857…, 6,500 / 30,000 = 0.2166…
    expect(row.ratios?.map((r) => [r.of, Number(r.value.toFixed(4))])).toEqual([
      ['nginx', 0.1857],
      ['Node', 0.2167],
    ]);
    expect(row.saturated).toBe(false);
    expect(row.met).toBe(false);
    expect(row.goal).toBe('≥ 0.6× nginx, 0 errors');
    expect(table([row])).toContain('| 0.19× nginx, 0.22× Node |');
    const fast = httpRow(
      { measure: 'item page', subject: '/', result: { ...clean, rps: 24_000 }, goal: 0.6 },
      WRK,
    );
    expect(fast.met).toBe(true);
    expect(table([fast])).toContain('| met ');
  });

  it('reports a row faster than nginx as a saturated generator, never as a result', () => {
    const item = httpRow(
      {
        measure: 'item page',
        subject: '/outcomes/documents/88',
        result: { ...clean, rps: 7_100 },
        goal: 0.8,
      },
      AUTOCANNON,
    );
    const api = httpRow(
      { measure: 'API JSON', subject: '/api/outcomes', result: { ...clean, rps: 11_094 } },
      AUTOCANNON,
    );
    const csv = httpRow(
      { measure: 'CSV export', subject: '/api/outcomes.csv', result: { ...clean, rps: 3_933 } },
      AUTOCANNON,
    );
    expect(item.saturated).toBe(true);
    expect(item.met).toBe(false);
    expect(item.notes).toContain(SATURATED);
    expect(api.met).toBe(false);
    expect(csv.saturated).toBe(false);
    expect(csv.met).toBe(true);
    expect(saturatedRows([item, api, csv]).map((row) => row.measure)).toEqual([
      'item page',
      'API JSON',
    ]);
    const printed = table([item]);
    expect(printed).toContain('**saturated**');
    expect(printed).not.toMatch(/\|\s*met\s*\|/);
  });

  it('holds a row to its errors and its other conditions', () => {
    const failing = httpRow(
      { measure: 'overview', subject: '/', result: { ...clean, rps: 9_000, non2xx: 3 } },
      WRK,
    );
    expect(failing.met).toBe(false);
    const cold = httpRow(
      {
        measure: 'cold list',
        subject: '/outcomes?q=…',
        result: { ...clean, rps: 210 },
        goal: 0.006,
        also: { goal: 'none from memory', met: false },
      },
      WRK,
    );
    // 210 / 35,000 = 0.006, the goal, but an answer came from memory.
    expect(cold.goal).toBe('≥ 0.006× nginx, 0 errors, none from memory');
    expect(cold.met).toBe(false);
  });

  it('opens the table with nginx, then Node with its share of nginx', () => {
    const rows = ceilingRows(
      '/outcomes/documents/88',
      { ...clean, rps: 35_000 },
      { ...clean, rps: 30_000 },
      { nginx: 'nginx/1.22.1', node: 'v20.20.2', processes: 2 },
    );
    expect(rows.map((row) => row.measure)).toEqual([
      'ceiling: nginx, saved page',
      'ceiling: node:http, same bytes',
    ]);
    expect(table(rows)).toContain('| 0.86× nginx |');
    // Both ceilings run as many processes as the server they are measured for.
    expect(rows.map((row) => row.notes)).toEqual([
      'nginx/1.22.1, 2 processes; no application answers faster here',
      "Node.js v20.20.2, 2 processes: Node's own cost per answer",
    ]);
    expect(saturatedRows(rows)).toEqual([]);
  });
});
