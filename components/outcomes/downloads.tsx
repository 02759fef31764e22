import { exportHref } from '@/lib/catalogue';
import { EXPORT_ROWS_MAX } from '@/lib/constants';
import type { CountedViewProps } from './view-props';

/** The view as a spreadsheet, JSON, a feed to follow and citations, all with its filters. */
export function Downloads({ locale, filters, total }: CountedViewProps) {
  const text = locale.messages.outcomes.export;
  const lang = locale.langParam;
  const rows = Math.min(total, EXPORT_ROWS_MAX);
  return (
    <section aria-labelledby="downloads-heading" className="downloads">
      <h3 id="downloads-heading">{text.heading}</h3>
      <ul>
        {total > 0 && (
          <li>
            <a href={exportHref('csv', filters, lang)} download>
              {total > EXPORT_ROWS_MAX ? text.csvTruncated(rows, total) : text.csv(rows)}
            </a>{' '}
            <span className="muted">{text.note}</span>
          </li>
        )}
        <li>
          <a href={exportHref('json', filters)} type="application/json">
            {text.json}
          </a>
        </li>
        <li>
          <a href={exportHref('atom', filters, lang)} type="application/atom+xml">
            {text.feed}
          </a>{' '}
          <span className="muted">{text.feedNote}</span>
        </li>
        {total > 0 && (
          <li>
            {text.citations}: <a href={exportHref('ris', filters, lang)}>RIS</a> ·{' '}
            <a href={exportHref('bib', filters, lang)}>BibTeX</a> ·{' '}
            <a href={exportHref('csl', filters, lang)}>CSL-JSON</a>
          </li>
        )}
      </ul>
    </section>
  );
}
