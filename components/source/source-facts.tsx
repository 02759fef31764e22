import type { SourceView } from '@/lib/catalogue';
import { messages } from '@/lib/messages';

/** Enough to find the same file and check it is the same: name, date, digest. */
export function SourceFacts({ source }: { source: SourceView }) {
  const text = messages.source.facts;
  const { info } = source;
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 rounded border border-line bg-surface p-4 text-sm">
      <dt className="text-muted">{text.file}</dt>
      <dd className="break-all">
        <code>{info.fileName}</code>
      </dd>
      {info.publishedOn && (
        <>
          <dt className="text-muted">{text.published}</dt>
          <dd>{info.publishedOn}</dd>
        </>
      )}
      <dt className="text-muted">{text.sha256}</dt>
      <dd className="break-all">
        <code>{info.sha256}</code>
      </dd>
      <dt className="text-muted">{text.lines}</dt>
      <dd>{source.lines.length}</dd>
      <dt className="text-muted">{text.ingested}</dt>
      <dd>
        <time dateTime={info.ingestedAt}>{info.ingestedAt.replace('T', ' ').slice(0, 16)} UTC</time>
      </dd>
    </dl>
  );
}
