import { readFileSync } from 'node:fs';

/** The list as printed, whitespace removed, so that titles wrapped over two lines still match. */
const SQUASHED = readFileSync(
  new URL('../../data/xinhua-sco-outcomes-2025-09-02.txt', import.meta.url),
  'utf8',
).replace(/\s+/g, '');

/** Guards the test tables: every title they use must be one the source really prints. */
export function printedInSource(title: string): boolean {
  return SQUASHED.includes(title.replace(/\s+/g, ''));
}
