import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CommitmentGroups } from '@/components/commitments/commitment-groups';
import { InferredMark } from '@/components/ui/inferred-mark';
import { listCommitments } from '@/lib/catalogue';
import { requestCatalogue } from '@/lib/catalogue/request';
import { localeOf } from '@/lib/i18n/locale';
import { pageMetadata } from '@/lib/page-metadata';
import { PAGE_PATHS } from '@/lib/paths';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = localeOf((await params).locale);
  if (!locale) return {};
  const text = locale.messages.numbers.page;
  return pageMetadata(locale, {
    title: text.title,
    description: text.description,
    path: PAGE_PATHS.commitments,
  });
}

/** What the titles commit to, by unit and kind, totals over like units only, each item linked. */
export default async function CommitmentsPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  if (!locale) notFound();
  const catalogue = await requestCatalogue();
  const { numbers } = locale.messages;
  const groups = listCommitments(catalogue);
  return (
    <div className="stack-lg">
      <h1 className="page-title">
        {numbers.page.title}
        <InferredMark locale={locale} note={numbers.inferredCommitments} />
      </h1>
      <p>{numbers.page.intro}</p>
      {groups.length === 0 ? (
        <p className="muted">{numbers.page.empty}</p>
      ) : (
        <CommitmentGroups locale={locale} groups={groups} />
      )}
    </div>
  );
}
