import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { HowMade } from '@/components/source/how-made';
import { ParseIssues } from '@/components/source/parse-issues';
import { SourceFacts } from '@/components/source/source-facts';
import { SourceLegend } from '@/components/source/source-legend';
import { SourceText } from '@/components/source/source-text';
import { getSource } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { FILE_PATHS, PAGE_PATHS } from '@/lib/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  if (!locale) return {};
  const text = locale.messages.source;
  return pageMetadata(locale, {
    title: text.title,
    description: text.description,
    path: PAGE_PATHS.source,
  });
}

/** The source text line by line, how it was read, and everything the parser noticed. */
export default async function SourcePage({ params }: Props) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const source = getSource(await requestCatalogue());
  const text = locale.messages.source;
  return (
    <div className="stack-lg">
      <div className="stack">
        <h1 className="page-title">{text.title}</h1>
        <p>{text.intro}</p>
        <SourceFacts locale={locale} source={source} />
        <p>
          <a href={FILE_PATHS.dataPackage}>{locale.messages.footer.openData}</a>
        </p>
      </div>
      <HowMade locale={locale} />
      <ParseIssues locale={locale} issues={source.issues} />
      <SourceLegend locale={locale} />
      <SourceText locale={locale} lines={source.lines} />
    </div>
  );
}
