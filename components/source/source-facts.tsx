import type { SourceView } from '@/lib/catalogue';
import type { Locale } from '@/lib/i18n/locale';

/** Enough to find the same file and check it is the same: name, date, digest. */
export function SourceFacts({ locale, source }: { locale: Locale; source: SourceView }) {
  const text = locale.messages.source.facts;
  const { info } = source;
  return (
    <dl className="facts card">
      <div>
        <dt>{text.file}</dt>
        <dd>
          <code>{info.fileName}</code>
        </dd>
      </div>
      {info.publishedOn && (
        <div>
          <dt>{text.published}</dt>
          <dd>{info.publishedOn}</dd>
        </div>
      )}
      <div>
        <dt>{text.sha256}</dt>
        <dd>
          <code className="break">{info.sha256}</code>
        </dd>
      </div>
      <div>
        <dt>{text.lines}</dt>
        <dd>{locale.number(source.lines.length)}</dd>
      </div>
      <div>
        <dt>{text.ingested}</dt>
        <dd>
          <time dateTime={info.ingestedAt}>{text.at(info.ingestedAt)}</time>
        </dd>
      </div>
    </dl>
  );
}
