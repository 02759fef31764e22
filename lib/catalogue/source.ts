import 'server-only';
import { oneAfterAnother, withCatalogue } from '@/lib/db/reader';
import type { ParseIssue, SkipReason } from '@/lib/parser/types';
import { type SourceInfo, toSourceInfo } from './overview';

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
  skipped: Array<{ reason: SkipReason; first: number; last: number; text: string }>;
  /** Everything the parser noticed, in its order. */
  issues: ParseIssue[];
}

/** The source text line by line, with what the parser made of each line. */
export function getSource(): Promise<SourceView> {
  return withCatalogue(async (db) => {
    const [source, items] = await oneAfterAnother(
      () =>
        db.source.findFirstOrThrow({
          select: {
            fileName: true,
            sha256: true,
            publishedOn: true,
            ingestedAt: true,
            text: true,
            issues: { orderBy: { ordinal: 'asc' }, select: { detail: true } },
          },
        }),
      () => db.item.findMany({ select: { key: true, firstLine: true, lastLine: true } }),
    );
    // The detail column holds the parser's own issue objects, written by lib/db/load.ts.
    const issues = source.issues.map(({ detail }) => JSON.parse(detail) as ParseIssue);
    const skipped = issues.flatMap((issue) =>
      issue.kind === 'skipped-lines'
        ? [{ reason: issue.reason, first: issue.lines[0], last: issue.lines[1], text: issue.text }]
        : [],
    );
    const itemByLine = new Map<number, string>();
    for (const item of items) {
      for (let line = item.firstLine; line <= item.lastLine; line += 1)
        itemByLine.set(line, item.key);
    }
    const skipByLine = new Map<number, SkipReason>();
    for (const run of skipped) {
      for (let line = run.first; line <= run.last; line += 1) skipByLine.set(line, run.reason);
    }
    return {
      info: toSourceInfo(source),
      lines: source.text.split(/\r\n|\r|\n/).map((text, index) => ({
        number: index + 1,
        text,
        itemKey: itemByLine.get(index + 1) ?? null,
        skipped: skipByLine.get(index + 1) ?? null,
      })),
      skipped,
      issues,
    };
  });
}
