import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { MissingOutcome } from '@/components/outcome/missing-outcome';
import { getOutcome } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { requestedPath } from '@/lib/i18n/request-path';

const ITEM_PATH = /^\/outcomes\/([^/]+)\/([^/]+)$/;

/**
 * The 404 of an item address. A number inside a category's range that this copy lacks gets
 * its explanation — the item exists in the list, its text is not in the source — and any other
 * address the site's plain 404.
 */
export default async function OutcomeNotFound() {
  const { locale, path } = await requestedPath();
  const [, section = '', number = ''] = ITEM_PATH.exec(path) ?? [];
  const catalogue = await requestCatalogue();
  const lookup = getOutcome(catalogue, section, number);
  if (lookup?.status === 'missing') {
    return <MissingOutcome locale={locale} number={lookup.number} category={lookup.category} />;
  }
  return <NotFoundNotice locale={locale} />;
}
