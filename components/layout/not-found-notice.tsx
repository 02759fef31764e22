import Link from 'next/link';
import { NOT_FOUND_MARK } from '@/lib/http/status-mark';
import type { Locale } from '@/lib/i18n/locale';
import { PAGE_PATHS } from '@/lib/paths';

/**
 * The 404 page's content. Pages render it themselves rather than call notFound(): Next.js 16
 * answers notFound() with an empty shell that only the browser's JavaScript fills
 * (vercel/next.js#62228). Its status marker tells the production server to answer 404
 * (lib/serve/finish.ts).
 */
export function NotFoundNotice({ locale }: { locale: Locale }) {
  const text = locale.messages.notFound;
  return (
    <div className="stack" {...NOT_FOUND_MARK}>
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      <p>
        <Link href={locale.path(PAGE_PATHS.overview)}>{text.home}</Link>
      </p>
    </div>
  );
}
