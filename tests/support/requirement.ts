/**
 * Whether something a test needs from outside the project (a PostgreSQL server, Java) is here.
 * Where it is missing, a laptop skips those tests and says why; a run with `CI` set fails
 * instead, since a CI run that skips them would pass while checking less than it claims.
 */
export function requirement(name: string, present: boolean, howTo: string): boolean {
  if (present) return true;
  if (process.env.CI) throw new Error(`${name} is required when CI is set: ${howTo}`);
  console.warn(`${name} missing, its tests are skipped: ${howTo}`);
  return false;
}

/** The PostgreSQL server the database suites create their scratch databases on. */
export const POSTGRES_HOW_TO =
  'set TEST_POSTGRES_URL=postgresql://user:password@localhost/postgres (a server where test ' +
  'databases may be created; `apt-get install postgresql` provides one)';
