import { missingOutcomeKeys } from '@/lib/catalogue';
import { SECTION_KEYS } from '@/lib/parser/types';

const OUTCOME_PATH = new RegExp(`^/outcomes/(${SECTION_KEYS.join('|')})/([1-9]\\d{0,4})$`);

let missing: Promise<ReadonlySet<string>> | undefined;

/**
 * Whether the path is the page of a number the list has but this copy lacks. That page is
 * pre-rendered with an explanation (a page that called notFound() would be pre-rendered as an
 * empty shell filled in by JavaScript), and the proxy serves it with status 404.
 *
 * The set is read once per server: pages are pre-rendered from the database, so a changed
 * database means a new build and a new server anyway. A failed read is not kept.
 */
export async function isMissingOutcomePath(pathname: string): Promise<boolean> {
  const match = OUTCOME_PATH.exec(pathname);
  if (!match) return false;
  missing ??= missingOutcomeKeys().then(
    (keys) => new Set(keys.map((key) => `${key.section}/${key.number}`)),
  );
  try {
    return (await missing).has(`${match[1]}/${match[2]}`);
  } catch {
    missing = undefined;
    return false;
  }
}
