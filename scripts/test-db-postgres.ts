import { runCommand } from '@/scripts/harness/run-command';

/**
 * The database and catalogue tests again on PostgreSQL, as `npm test` runs them: only where a
 * server is given (TEST_POSTGRES_URL, which .ci/run sets); elsewhere it says so and passes.
 */
if (!process.env.TEST_POSTGRES_URL) {
  console.log('PostgreSQL suite skipped: set TEST_POSTGRES_URL=postgresql://… to run it');
  process.exit(0);
}
const status = await runCommand('npx', ['vitest', 'run', 'tests/db', 'tests/catalogue'], {
  ...process.env,
  TEST_DATABASE_PROVIDER: 'postgresql',
});
process.exit(typeof status === 'number' ? status : 1);
