import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { requestedLocale } from '@/lib/i18n/request-path';

/**
 * What Next.js shows when notFound() is called (a language segment that is no language);
 * a not-found file has no metadata of its own, so it names itself.
 */
export default async function NotFound() {
  const locale = await requestedLocale();
  return (
    <>
      <title>{locale.messages.notFound.title}</title>
      <NotFoundNotice locale={locale} />
    </>
  );
}
