import { startServer } from '@/scripts/harness/server';

/**
 * A setup that starts the production server, prints its pid, and then fails as a global setup
 * can (the browser missing, a build step throwing) without stopping it by hand: the harness
 * must stop it. For tests/e2e/harness.test.ts.
 */
const server = await startServer(process.env);
console.log(JSON.stringify({ pid: server.pid, baseURL: server.baseURL }));
throw new Error('the setup failed after starting the server, on purpose');
