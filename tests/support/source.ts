import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SOURCE_PATH = fileURLToPath(
  new URL('../../data/xinhua-sco-outcomes-2025-09-02.txt', import.meta.url),
);
export const SOURCE_BYTES = readFileSync(SOURCE_PATH);
export const SOURCE_TEXT = SOURCE_BYTES.toString('utf8');

export interface ExpectedItem {
  section: string;
  category: number;
  number: number;
  title: string;
}

/**
 * Items as read off the source by hand: each numbered line in file order, sectioned by where it
 * stands, with the two wrapped titles (documents 68, 70) joined and the dateline of initiatives 36
 * removed. Kept as data so it cannot drift with the parser.
 */
export const EXPECTED_ITEMS: ExpectedItem[] = readFileSync(
  fileURLToPath(new URL('../fixtures/expected-items.tsv', import.meta.url)),
  'utf8',
)
  .trim()
  .split('\n')
  .slice(1)
  .map((row) => {
    const [section = '', category = '', number = '', title = ''] = row.split('\t');
    return { section, category: Number(category), number: Number(number), title };
  });
