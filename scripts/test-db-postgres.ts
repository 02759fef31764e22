import { runCommand } from '@/scripts/harness/run-command';
import { POSTGRES_HOW_TO, requirement } from '../tests/support/requirement';

/**
 * The database and catalogue tests again on PostgreSQL, as `npm test` runs them: only where a
 * server is given (TEST_POSTGRES_URL, which .ci/run sets); elsewhere it says so and passes, but
 * fails when CI is set.
 */
try {
  if (!requirement('PostgreSQL', Boolean(process.env.TEST_POSTGRES_URL), POSTGRES_HOW_TO)) {
    process.exit(0);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const status = await runCommand('npx', ['vitest', 'run', 'tests/db', 'tests/catalogue'], {
  ...process.env,
  TEST_DATABASE_PROVIDER: 'postgresql',
});
process.exit(typeof status === 'number' ? status : 1);
