import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MissingOutcome } from '@/components/outcome/missing-outcome';
import { OutcomeFacts } from '@/components/outcome/outcome-facts';
import { OutcomeHeader } from '@/components/outcome/outcome-header';
import { PageLink } from '@/components/outcome/page-link';
import { RelatedOutcomes } from '@/components/outcome/related-outcomes';
import { SequenceNav } from '@/components/outcome/sequence-nav';
import { SourceExcerpt } from '@/components/outcome/source-excerpt';
import { allOutcomeKeys, getOutcome, missingOutcomeKeys } from '@/lib/catalogue';
import { messages } from '@/lib/messages';
import { pageMetadata } from '@/lib/page-metadata';
import { outcomePath } from '@/lib/routes';

type Params = Promise<{ section: string; number: string }>;

/** Any other address — unknown number, unknown part, not a number — is the site's plain 404. */
export const dynamicParams = false;

/** One lookup per render, shared by the page and its metadata. */
const lookupOutcome = cache(getOutcome);

/**
 * Every item, and every number the copy lacks. The latter pages explain that the item is
 * missing from the source; proxy.ts serves them with status 404 (lib/http/missing-outcomes.ts).
 */
export async function generateStaticParams() {
  const addresses = [...(await allOutcomeKeys()), ...(await missingOutcomeKeys())];
  return addresses.map(({ section, number }) => ({ section, number: String(number) }));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section, number } = await params;
  const lookup = await lookupOutcome(section, number);
  if (lookup?.status !== 'found') {
    const title = lookup
      ? messages.outcome.missing.title(
          messages.sections[lookup.section],
          messages.numbering.item(lookup.number),
        )
      : messages.notFound.title;
    return { title, robots: { index: false } };
  }
  const { outcome } = lookup;
  return pageMetadata({
    title: outcome.title,
    description: messages.outcome.metaDescription(
      messages.sections[outcome.section],
      messages.numbering.item(outcome.number),
      outcome.type.zh,
    ),
    path: outcomePath(outcome.section, outcome.number),
    type: 'article',
  });
}

export default async function OutcomePage({ params }: { params: Params }) {
  const { section, number } = await params;
  const lookup = await lookupOutcome(section, number);
  if (!lookup) notFound();
  if (lookup.status === 'missing') {
    return <MissingOutcome number={lookup.number} category={lookup.category} />;
  }
  const { outcome } = lookup;
  return (
    <article className="space-y-8">
      <OutcomeHeader outcome={outcome} />
      <OutcomeFacts outcome={outcome} />
      <SourceExcerpt source={outcome.source} />
      <RelatedOutcomes related={outcome.related} />
      <PageLink path={outcomePath(outcome.section, outcome.number)} />
      <SequenceNav previous={outcome.previous} next={outcome.next} />
    </article>
  );
}
