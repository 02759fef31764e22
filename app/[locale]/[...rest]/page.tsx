import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { localeOf } from '@/lib/i18n/locale';

type Props = { params: Promise<{ locale: string }> };

async function localeFrom({ params }: Props) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  return locale;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await localeFrom(props)).messages.notFound.title, robots: { index: false } };
}

/**
 * Any address no page has: the language's own 404, inside its layout. It says nothing about
 * the requested path, so nothing from the URL is echoed.
 */
export default async function UnknownPage(props: Props) {
  return <NotFoundNotice locale={await localeFrom(props)} />;
}
