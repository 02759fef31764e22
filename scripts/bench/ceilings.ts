import type { Row } from './table';

/**
 * HTTP rows against the ceilings measured in the same run: nginx serving the saved page (no
 * application can answer faster on this machine) and node:http replaying its bytes (what Node
 * itself costs). A row faster than nginx did not measure the server but its load generator, so
 * it is reported as a saturated generator, never as a result, and fails the bench.
 */

export interface Ceilings {
  /** Requests/s of nginx serving the saved page. */
  nginx: number;
  /** Requests/s of node:http replaying the same bytes. */
  node: number;
}

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export interface HttpRowInput {
  measure: string;
  subject: string;
  result: Measured;
  /** Requests/s as a share of nginx's that the row must reach; without it, 0 errors only. */
  goal?: number;
  /** Other conditions the row must meet, said in the goal (e.g. "none from memory"). */
  also?: { goal: string; met: boolean };
  notes?: string;
}

export const SATURATED = 'saturated generator';

export function httpRow(input: HttpRowInput, ceilings: Ceilings): Row {
  const { result } = input;
  const ratio = result.rps / ceilings.nginx;
  const goals = [
    ...(input.goal === undefined ? [] : [`≥ ${input.goal}× nginx`]),
    '0 errors',
    ...(input.also ? [input.also.goal] : []),
  ];
  const saturated = result.rps > ceilings.nginx;
  const met =
    !saturated &&
    result.errors + result.non2xx === 0 &&
    (input.goal === undefined || ratio >= input.goal) &&
    (input.also?.met ?? true);
  const notes = saturated
    ? `${SATURATED}: faster than nginx serving a static file, so the figure is the load generator's, not the server's`
    : input.notes;
  return {
    measure: input.measure,
    subject: input.subject,
    rps: result.rps,
    p50: result.p50,
    p99: result.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    ratios: [
      { value: ratio, of: 'nginx' },
      { value: result.rps / ceilings.node, of: 'Node' },
    ],
    goal: goals.join(', '),
    met,
    saturated,
    ...(notes === undefined ? {} : { notes }),
  };
}

/** The two ceiling rows that open the table, Node's with its share of nginx. */
export function ceilingRows(
  subject: string,
  nginx: Measured,
  node: Measured,
  versions: { nginx: string; node: string; processes: number },
): Row[] {
  const clean = (m: Measured) => m.errors + m.non2xx === 0;
  const columns = (m: Measured) => ({
    rps: m.rps,
    p50: m.p50,
    p99: m.p99,
    errors: m.errors,
    non2xx: m.non2xx,
  });
  return [
    {
      measure: 'ceiling: nginx, saved page',
      subject,
      ...columns(nginx),
      goal: '0 errors',
      met: clean(nginx),
      notes: `${versions.nginx}, ${workers(versions.processes)}; no application answers faster here`,
    },
    {
      measure: 'ceiling: node:http, same bytes',
      subject,
      ...columns(node),
      ratios: [{ value: node.rps / nginx.rps, of: 'nginx' }],
      goal: '0 errors',
      met: clean(node),
      notes: `Node.js ${versions.node}, ${workers(versions.processes)}: Node's own cost per answer`,
    },
  ];
}

// The ceilings run as many processes as the server they are the ceiling for.
const workers = (count: number) => (count === 1 ? 'one process' : `${count} processes`);

/** The rows whose figure is the generator's: the bench fails on any. */
export function saturatedRows(rows: readonly Row[]): Row[] {
  return rows.filter((row) => row.saturated === true);
}
