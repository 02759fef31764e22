import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { requestedPath } from '@/lib/i18n/request-path';

/** Deliberately says nothing about the requested path, so nothing from the URL is echoed. */
export default async function NotFound() {
  const { locale } = await requestedPath();
  return <NotFoundNotice locale={locale} />;
}
