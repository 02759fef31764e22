import Link from 'next/link';
import type { Locale } from '@/lib/i18n/locale';

export function NotFoundNotice({ locale }: { locale: Locale }) {
  const text = locale.messages.notFound;
  return (
    <div className="stack">
      <title>{text.title}</title>
      <h1 className="page-title">{text.heading}</h1>
      <p>{text.body}</p>
      <p>
        <Link href={locale.path('/')}>{text.home}</Link>
      </p>
    </div>
  );
}
