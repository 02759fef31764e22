import { build } from '@/scripts/harness/build';

/**
 * `npm run build`: the pages' build and the server's compiled scripts, stamped with the sources
 * they were made from, so that `npm start` (also after `npm prune --omit=dev`) serves it as it is.
 */
build({ NEXT_TELEMETRY_DISABLED: '1', ...process.env }).then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`error: ${error.message}`);
    process.exit(1);
  },
);
