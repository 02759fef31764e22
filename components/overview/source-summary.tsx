import Link from 'next/link';
import type { SourceInfo } from '@/lib/catalogue';
import { messages } from '@/lib/messages';

/** Characters of the digest shown; the full value is on /source. */
const SHA256_SHORT = 12;

/** Where the list comes from, in enough detail to find and check the same file. */
export function SourceSummary({ source }: { source: SourceInfo }) {
  const text = messages.overview.source;
  return (
    <section
      aria-labelledby="overview-source"
      className="rounded border border-line bg-surface p-4"
    >
      <h2 id="overview-source" className="mb-2 font-semibold text-lg">
        {text.heading}
      </h2>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
        {source.publishedOn && (
          <>
            <dt className="text-muted">{text.published}</dt>
            <dd>{text.publishedBy(source.publishedOn)}</dd>
          </>
        )}
        <dt className="text-muted">{text.file}</dt>
        <dd className="break-all">
          <code>{source.fileName}</code>
        </dd>
        <dt className="text-muted">{text.sha256}</dt>
        <dd>
          <code title={source.sha256}>{source.sha256.slice(0, SHA256_SHORT)}…</code>
        </dd>
      </dl>
      <p className="mt-3 text-sm">
        <Link href="/source">{text.more}</Link>
      </p>
    </section>
  );
}
