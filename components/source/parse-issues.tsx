import type { ReactNode } from 'react';
import { LangRuns } from '@/components/ui/lang-runs';
import { TitledSection } from '@/components/ui/titled-section';
import { sectionName } from '@/lib/i18n/labels';
import type { Locale } from '@/lib/i18n/locale';
import {
  type LineSpan,
  PARSER_LANGUAGE,
  type ParseIssue,
  type SectionKey,
} from '@/lib/parser/types';
import { sourceLineAnchor } from '@/lib/paths';

/** One issue as a sentence, the lines it concerns, and the parser's own words where it gave any. */
function describe(
  locale: Locale,
  issue: ParseIssue,
): { lines?: LineSpan; sentence: string; reason?: string } {
  const { messages } = locale;
  const text = messages.source.issues;
  const part = (section: SectionKey, category?: number) => {
    const name = sectionName(locale, section);
    return category === undefined
      ? name
      : `${name}${messages.locale.wordSeparator}${messages.numbering.category(category)}`;
  };
  switch (issue.kind) {
    case 'count-mismatch':
      return {
        sentence: text.countMismatch(
          part(issue.section, issue.category),
          issue.declared,
          issue.found,
          issue.measure,
        ),
      };
    case 'missing-range':
      return {
        sentence: text.missingRange(
          part(issue.section, issue.category),
          messages.numbering.items(issue.from, issue.to),
        ),
      };
    case 'duplicate-number': {
      const lines = [...issue.lines].sort((a, b) => a - b);
      return {
        lines: [lines[0] ?? 0, lines.at(-1) ?? 0],
        sentence: text.duplicateNumber(part(issue.section), messages.numbering.item(issue.number)),
      };
    }
    case 'inferred-section':
      return { sentence: text.inferredSection(part(issue.section)), reason: issue.reason };
    case 'inferred-category':
      return {
        sentence: text.inferredCategory(part(issue.section, issue.category)),
        reason: issue.reason,
      };
    case 'fragment-placed':
      return {
        lines: issue.lines,
        sentence: text.fragmentPlaced(part(issue.section)),
        reason: issue.reason,
      };
    case 'unplaced-fragment':
      return { lines: issue.lines, sentence: text.unplacedFragment, reason: issue.reason };
    case 'skipped-lines':
      return {
        lines: issue.lines,
        sentence: text.skippedLines(messages.source.skipped[issue.reason]),
      };
    case 'dateline-removed':
      return { lines: [issue.line, issue.line], sentence: text.datelineRemoved(issue.text) };
  }
}

/** Everything the parser noticed, in plain language, each linked to its lines in the text. */
export function ParseIssues({ locale, issues }: { locale: Locale; issues: readonly ParseIssue[] }) {
  const text = locale.messages.source.issues;
  return (
    <TitledSection id="source-issues" heading={text.heading}>
      <p className="muted small">{text.intro}</p>
      <ol className="numbered">
        {issues.map((issue, index) => (
          // Issues have no identity of their own; their order is the parser's and never changes.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Issue key={index} locale={locale} {...describe(locale, issue)} />
        ))}
      </ol>
    </TitledSection>
  );
}

function Issue({
  locale,
  lines,
  sentence,
  reason,
}: {
  locale: Locale;
  lines?: LineSpan;
  sentence: string;
  reason?: string;
}) {
  let where: ReactNode = null;
  if (lines) {
    where = (
      <>
        <a href={sourceLineAnchor(lines[0])}>
          {locale.messages.numbering.lines(lines[0], lines[1])}
        </a>
        {': '}
      </>
    );
  }
  return (
    <li>
      {where}
      <LangRuns lang={locale.lang} text={sentence} />
      {reason && (
        <span className="muted small block">
          {locale.messages.source.issues.parserSaid}
          <span lang={PARSER_LANGUAGE}>
            <LangRuns lang={PARSER_LANGUAGE} text={reason} />
          </span>
        </span>
      )}
    </li>
  );
}
