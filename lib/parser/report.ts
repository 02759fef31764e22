import type { ParsedList, ParseIssue } from './types';

function describeIssue(issue: ParseIssue): string {
  switch (issue.kind) {
    case 'count-mismatch':
      return `${issue.section} （${issue.category}）: declares ${issue.declared}, found ${issue.found}`;
    case 'missing-range':
      return `${issue.section} （${issue.category}）: missing ${issue.from === issue.to ? issue.from : `${issue.from}–${issue.to}`}`;
    case 'duplicate-number':
      return `${issue.section} ${issue.number}: printed twice (lines ${issue.lines.join(', ')}); first kept`;
    case 'inferred-section':
      return `${issue.section}: ${issue.reason}`;
    case 'inferred-category':
      return `${issue.section} （${issue.category}）: ${issue.reason}`;
    case 'fragment-placed':
      return `lines ${issue.lines.join('–')} → ${issue.section}: ${issue.reason}`;
    case 'unplaced-fragment':
      return `lines ${issue.lines.join('–')} not placed: ${issue.reason}`;
    case 'skipped-lines':
      return `lines ${issue.lines.join('–')} skipped as ${issue.reason}: ${issue.text.slice(0, 30)}…`;
    case 'dateline-removed':
      return `line ${issue.line}: dateline ${issue.text} removed from the title`;
  }
}

const pad = (text: string | number, width: number) => String(text).padStart(width);

/** A plain-text report of what the parse found and what does not add up, for the CLI. */
export function formatReport(list: ParsedList): string {
  const { dateline, pageDate } = list.publication;
  const out: string[] = [
    list.title ?? '(list title not in the source)',
    dateline
      ? `dateline: ${dateline.text}, line ${dateline.line}, closing ${dateline.closes.section} ${dateline.closes.number}`
      : 'dateline: none closes the list',
    pageDate ? `page date: ${pageDate.date}, line ${pageDate.line}` : 'page date: none printed',
    '',
  ];
  out.push('section      cat  declared  found  range     missing  heading');
  for (const section of list.sections) {
    const heading = section.heading ?? '(heading not in the source)';
    out.push(`${section.ordinal}. ${section.key} ${heading}`);
    for (const c of section.categories) {
      const range = `${c.range.first}–${c.range.last ?? '?'}`;
      out.push(
        `${' '.repeat(12)} ${pad(c.ordinal, 3)}  ${pad(c.declaredCount ?? '—', 8)}  ${pad(c.numbers.length, 5)}  ${range.padEnd(8)}  ${pad(c.missing.length, 7)}  ${c.heading ?? '(inferred)'}`,
      );
    }
  }
  out.push('', `items found: ${list.items.length}`, '', `issues (${list.issues.length}):`);
  for (const issue of list.issues) out.push(`- ${describeIssue(issue)}`);
  return out.join('\n');
}
