import Link from 'next/link';
import { BarChart } from '@/components/charts/bar-chart';
import { InferredMark } from '@/components/ui/inferred-mark';
import { LangRuns } from '@/components/ui/lang-runs';
import { type CategoryEntry, type Overview, valueHref } from '@/lib/catalogue';
import {
  dispatchLabel,
  fullCategoryName,
  numberedCategoryName,
  numberedSectionName,
  SUMMARY_SEPARATOR,
} from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import { ANCHORS, PAGE_PATHS } from '@/lib/paths';
import { numberedSize, numberedTotal } from './numbers';

/** Characters of the digest shown; the full value is on /source. */
const SHA256_SHORT = 12;

/**
 * The account of the copy the catalogue was made from: what it holds against what the list
 * declares, category by category, what it lacks, and where it comes from. Its anchor (#copy)
 * is where an empty search result sends the reader.
 */
export function CopyAccount({ locale, overview }: { locale: Locale; overview: Overview }) {
  const { messages } = locale;
  const text = messages.overview.copy;
  const numbered = numberedTotal(overview.sections);
  const gaps = overview.sections.flatMap((section) =>
    section.categories.flatMap((category) => category.missing.map((run) => ({ category, run }))),
  );
  return (
    <section id={ANCHORS.copy} aria-labelledby="copy-heading" className="stack">
      <h2 id="copy-heading" className="section-title">
        {text.heading}
      </h2>
      {numbered !== null && (
        <div>
          {text.totals(overview.found, numbered)}
          <InferredMark locale={locale} note={messages.inferred.total} />
        </div>
      )}
      <p className="muted small">{text.intro}</p>
      <p aria-hidden="true" className="bar-legend muted small">
        <span className="key found">{text.legendFound}</span>
        <span className="key missing">{text.legendMissing}</span>
      </p>
      {overview.sections.map((section) => (
        <div key={section.key}>
          <h3 className="subsection-title">{numberedSectionName(locale, section)}</h3>
          <BarChart
            zero={messages.chart.zero}
            bars={section.categories.map((category) => ({
              key: category.value,
              label: numberedCategoryName(locale, category),
              ...(category.inferred ? { inferred: messages.inferred.mark } : {}),
              note: categoryNote(locale, category),
              count: category.found,
              total: numberedSize(category) ?? undefined,
              href:
                category.found === 0 ? null : locale.path(valueHref('category', category.value)),
            }))}
          />
        </div>
      ))}
      <h3 className="subsection-title">{text.missingHeading}</h3>
      {gaps.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="bullets">
          {gaps.map(({ category, run }) => (
            <li key={`${category.value}-${run.first}`}>
              {text.missingRange(
                fullCategoryName(locale, category),
                messages.numbering.items(run.first, run.last),
              )}
            </li>
          ))}
        </ul>
      )}
      <dl className="facts card">
        {overview.source.dispatch && (
          <div>
            <dt>{messages.overview.source.dispatch}</dt>
            <dd>
              <LangRuns lang={locale.lang} text={dispatchLabel(locale, overview.source)} />
            </dd>
          </div>
        )}
        {overview.source.page && (
          <div>
            <dt>{messages.overview.source.page}</dt>
            <dd>{locale.day(overview.source.page.date)}</dd>
          </div>
        )}
        <div>
          <dt>{messages.overview.source.file}</dt>
          <dd>
            <code>{overview.source.fileName}</code>
          </dd>
        </div>
        <div>
          <dt>{messages.overview.source.sha256}</dt>
          <dd>
            <code title={overview.source.sha256}>
              {overview.source.sha256.slice(0, SHA256_SHORT)}…
            </code>
          </dd>
        </div>
      </dl>
      <p>
        <Link href={locale.path(PAGE_PATHS.source)}>{text.details}</Link>
      </p>
    </section>
  );
}

/** What a category declares and spans: 清单注明共77项 · 编号111—187 · 齐全. */
function categoryNote(locale: Locale, category: CategoryEntry): string {
  const text = locale.messages.overview.copy;
  const { first, last } = category.range;
  return [
    category.declaredCount === null
      ? text.undeclared
      : text.declared(category.declaredCount, category.declaredMeasure ?? ''),
    ...(last === null ? [] : [text.numbered(first, last)]),
    ...(category.missing.length === 0 ? [text.complete] : []),
  ].join(SUMMARY_SEPARATOR);
}
