import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CopyAccount } from '@/components/overview/copy-account';
import { OverviewSearch } from '@/components/overview/overview-search';
import { SectionCards } from '@/components/overview/section-cards';
import { WaysIn } from '@/components/overview/ways-in';
import { JsonLd } from '@/components/ui/json-ld';
import { LangRuns } from '@/components/ui/lang-runs';
import { getOverview } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { dispatchLabel } from '@/lib/i18n/labels';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { OUTCOMES_PATH, previewPath } from '@/lib/paths';
import { datasetJsonLd } from '@/lib/share/json-ld';
import { absoluteUrl } from '@/lib/site-url';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  if (!locale) return {};
  const { messages } = locale;
  const catalogue = await requestCatalogue();
  return pageMetadata(locale, {
    title: messages.site.name,
    description: messages.overview.description(dispatchLabel(locale, catalogue.source)),
    path: '/',
    standalone: true,
    image: {
      url: absoluteUrl(previewPath(OUTCOMES_PATH, locale.langParam)),
      alt: messages.site.name,
    },
  });
}

/**
 * The catalogue first — search, its three parts, the ways in by place, type and topic — then the
 * account of the copy it was made from. How the text was parsed stays on /source.
 */
export default async function HomePage({ params }: Props) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  const overview = getOverview(catalogue);
  const { messages } = locale;
  return (
    <div className="stack-lg">
      <JsonLd data={datasetJsonLd(locale, catalogue)} />
      <div className="stack">
        <h1 className="page-title">{messages.site.name}</h1>
        {overview.source.title && (
          <p className="lead">
            <LangRuns lang={locale.lang} text={messages.overview.lead(overview.source.title)} />
          </p>
        )}
        <OverviewSearch locale={locale} />
      </div>
      <SectionCards locale={locale} sections={overview.sections} />
      <WaysIn locale={locale} overview={overview} />
      <CopyAccount locale={locale} overview={overview} />
    </div>
  );
}
