import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { NotFoundNotice } from '@/components/layout/not-found-notice';
import { CiteOutcome } from '@/components/outcome/cite-outcome';
import { MissingOutcome } from '@/components/outcome/missing-outcome';
import { OutcomeFacts } from '@/components/outcome/outcome-facts';
import { OutcomeHeader } from '@/components/outcome/outcome-header';
import { RelatedOutcomes } from '@/components/outcome/related-outcomes';
import { SequenceNav } from '@/components/outcome/sequence-nav';
import { SourceExcerpt } from '@/components/outcome/source-excerpt';
import { JsonLd } from '@/components/ui/json-ld';
import { ShareLink } from '@/components/ui/share-link';
import { getOutcome } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { dispatchLabel, sectionName, titleOf } from '@/lib/i18n/labels';
import { DEFAULT_LOCALE, localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import {
  CITATION_FORMAT_KEYS,
  CITATION_FORMATS,
  type CitationFormat,
  citationPath,
  outcomePath,
  previewPath,
} from '@/lib/paths';
import { itemBreadcrumb, itemJsonLd } from '@/lib/share/json-ld';
import { absoluteUrl } from '@/lib/site-url';

interface OutcomePageProps {
  params: Promise<{ locale: string; section: string; number: string }>;
}

// One lookup per request, shared by the metadata and the page (same catalogue, same address).
const lookupOutcome = cache(getOutcome);

async function read({ params }: OutcomePageProps) {
  const { locale: key, section, number } = await params;
  const locale = localeOf(key);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  return { locale, catalogue, lookup: lookupOutcome(catalogue, section, number) };
}

export async function generateMetadata(props: OutcomePageProps): Promise<Metadata> {
  const { locale, catalogue, lookup } = await read(props);
  const { messages } = locale;
  if (lookup?.status !== 'found') {
    const title = lookup
      ? messages.outcome.missing.title(
          sectionName(locale, lookup.section),
          messages.numbering.item(lookup.number),
        )
      : messages.notFound.title;
    return { title, robots: { index: false } };
  }
  const { item } = lookup.outcome;
  const path = outcomePath(item.section, item.number);
  const title = titleOf(locale, item).text;
  const lang = locale.langParam;
  const cite = (format: CitationFormat) => citationPath(item.section, item.number, format, lang);
  return pageMetadata(locale, {
    title,
    description: messages.outcome.metaDescription(
      sectionName(locale, item.section),
      messages.numbering.item(item.number),
      messages.inferred.marked(locale.name(item.type)),
      dispatchLabel(locale, catalogue.source),
    ),
    path,
    type: 'article',
    image: { url: absoluteUrl(previewPath(path, lang)), alt: title },
    types: Object.fromEntries(
      CITATION_FORMAT_KEYS.map((format) => [
        CITATION_FORMATS[format].mediaType.split(';')[0] as string,
        cite(format),
      ]),
    ),
    // Highwire Press tags, which Zotero and Google Scholar read.
    other: {
      citation_title: item.title,
      citation_publisher: messages.citation.publisher,
      citation_inbook_title: messages.citation.listTitle,
      // The day Xinhua filed the list, its dateline's; the newspaper page printed it later.
      ...(catalogue.source.dispatch?.date
        ? { citation_publication_date: catalogue.source.dispatch.date.replaceAll('-', '/') }
        : {}),
      citation_language: DEFAULT_LOCALE.lang,
      citation_public_url: absoluteUrl(locale.path(path)),
    },
  });
}

/**
 * One item. Any other number is a 404 that says so — and, for a number the list has but this
 * copy lacks, what it would have been.
 */
export default async function OutcomePage(props: OutcomePageProps) {
  const { locale, catalogue, lookup } = await read(props);
  if (lookup?.status === 'missing') {
    return <MissingOutcome locale={locale} number={lookup.number} category={lookup.category} />;
  }
  if (lookup?.status !== 'found') return <NotFoundNotice locale={locale} />;
  const { outcome } = lookup;
  const { item } = outcome;
  return (
    <article className="stack-lg">
      <JsonLd data={itemJsonLd(locale, catalogue, item)} />
      <JsonLd data={itemBreadcrumb(locale, item)} />
      <OutcomeHeader locale={locale} item={item} />
      <OutcomeFacts locale={locale} item={item} places={catalogue.placeTree} />
      <SourceExcerpt locale={locale} detail={outcome} fileName={catalogue.source.fileName} />
      <RelatedOutcomes locale={locale} related={outcome.related} />
      <CiteOutcome locale={locale} item={item} source={catalogue.source} />
      <ShareLink locale={locale} path={outcomePath(item.section, item.number)} />
      <SequenceNav locale={locale} previous={outcome.previous} next={outcome.next} />
    </article>
  );
}
