import { BrowserMissingError, ensureChromium } from '@/scripts/harness/browser';

/**
 * The first step of `npm test`: the browser tests need a Chromium, so one is found or installed
 * (scripts/harness/browser.ts) before any test starts; when that is impossible, one line says what
 * to run and the tests do not start.
 */
try {
  console.log(`browser tests will use ${ensureChromium()}`);
} catch (error) {
  if (!(error instanceof BrowserMissingError)) throw error;
  console.error(`error: ${error.message}`);
  process.exit(1);
}
