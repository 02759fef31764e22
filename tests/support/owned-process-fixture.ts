import { cleanUp, spawnOwned } from '@/scripts/harness/processes';

/**
 * A harness that starts an owned process (a shell whose own child sleeps), prints both pids
 * as one JSON line and, once told to go on (a line on its standard input), fails the way
 * argv[2] says: `throw` (an uncaught error), `reject` (a caught error followed by the
 * harness's cleanup) or `wait` (until a signal ends it). For tests/harness/processes.test.ts.
 */
const mode = process.argv[2] ?? 'wait';
const child = spawnOwned('sh', ['-c', 'sleep 300 & echo $!; wait'], process.env, [
  'ignore',
  'pipe',
  'inherit',
]);
child.stdout?.once('data', (data: Buffer) => {
  const grandchild = Number(String(data).trim());
  console.log(JSON.stringify({ child: child.pid, grandchild }));
  process.stdin.once('data', fail);
});

function fail() {
  if (mode === 'throw') throw new Error('the harness failed on purpose');
  if (mode === 'reject') {
    Promise.reject(new Error('the harness failed on purpose')).catch(async (error: Error) => {
      console.error(error.message);
      await cleanUp();
      process.exit(1);
    });
  }
}
setInterval(() => {}, 1_000);
