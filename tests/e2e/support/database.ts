import { runCommand } from '@/scripts/harness/run-command';

/** The database the suite builds and serves from; E2E_DATABASE_URL points it elsewhere. */
export function testDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL || 'file:./var/e2e/catalogue.db';
}

/**
 * The hook where the test database is made ready before the server loads it (the build reads
 * no database: scripts/harness/build.ts). Today it
 * loads the real list with the project's own (idempotent) `npm run db:setup`; a suite that
 * needs fixture rows instead would load them here.
 */
export async function prepareTestDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  const status = await runCommand('npm', ['run', '--silent', 'db:setup'], env);
  if (status !== 0) throw new Error(`npm run db:setup failed for the test database (${status})`);
}
