import { LangRuns } from '@/components/ui/lang-runs';
import type { SourceView } from '@/lib/catalogue';
import { dispatchLabel, SUMMARY_SEPARATOR } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { sourceLineAnchor } from '@/lib/paths';

/**
 * Enough to find the same file and check it is the same: name, digest, and what the copy says
 * of its publication — Xinhua's dateline and the newspaper page's date, each linked to the line
 * that prints it, with where the dateline's year came from.
 */
export function SourceFacts({ locale, source }: { locale: Locale; source: SourceView }) {
  const text = locale.messages.source.facts;
  const { info } = source;
  const { dispatch, page } = info;
  const lineLink = (line: number) => (
    <a href={sourceLineAnchor(line)}>{locale.messages.numbering.lines(line, line)}</a>
  );
  return (
    <dl className="facts card">
      <div>
        <dt>{text.file}</dt>
        <dd>
          <code>{info.fileName}</code>
        </dd>
      </div>
      {dispatch && (
        <div>
          <dt>{text.dispatch}</dt>
          <dd>
            <LangRuns lang={locale.lang} text={dispatchLabel(locale, info)} />
            {SUMMARY_SEPARATOR}
            {lineLink(dispatch.line)}
            {dispatch.yearFrom === 'page' && `${SUMMARY_SEPARATOR}${text.yearFromPage}`}
          </dd>
        </div>
      )}
      {page && (
        <div>
          <dt>{text.page}</dt>
          <dd>
            {locale.day(page.date)}
            {SUMMARY_SEPARATOR}
            {page.line === null ? text.pageGiven : lineLink(page.line)}
          </dd>
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
          <time dateTime={info.ingestedAt}>{text.at(new Date(info.ingestedAt))}</time>
        </dd>
      </div>
    </dl>
  );
}
