import type { ParseIssue, SkipReason } from '@/lib/parser/types';
import type { Catalogue, SourceInfo } from './model';

export interface SourceLine {
  /** 1-based, as the items' source lines count. */
  number: number;
  text: string;
  /** Key of the item read from this line, if any. */
  itemKey: string | null;
  /** Why the parser skipped the line, if it did. */
  skipped: SkipReason | null;
}

export interface SourceView {
  info: SourceInfo;
  lines: SourceLine[];
  /** Everything the parser noticed, in its order. */
  issues: readonly ParseIssue[];
}

/** The source text line by line, with what the parser made of each line. */
export function getSource(catalogue: Catalogue): SourceView {
  const itemByLine = new Map<number, string>();
  for (const item of catalogue.items) {
    for (let line = item.firstLine; line <= item.lastLine; line += 1)
      itemByLine.set(line, item.key);
  }
  const skipByLine = new Map<number, SkipReason>();
  for (const issue of catalogue.issues) {
    if (issue.kind !== 'skipped-lines') continue;
    for (let line = issue.lines[0]; line <= issue.lines[1]; line += 1)
      skipByLine.set(line, issue.reason);
  }
  return {
    info: catalogue.source,
    lines: catalogue.lines.map((text, index) => ({
      number: index + 1,
      text,
      itemKey: itemByLine.get(index + 1) ?? null,
      skipped: skipByLine.get(index + 1) ?? null,
    })),
    issues: catalogue.issues,
  };
}
