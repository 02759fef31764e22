import { DATELINE, type Line, tidy } from './lines';
import type { LineSpan, ParseIssue, SkipReason } from './types';

export type Token =
  | Extract<Line, { kind: 'section' }>
  | Extract<Line, { kind: 'category' }>
  | { kind: 'item'; number: number; title: string; lines: LineSpan };

/** A run of list text that was contiguous in the original list: tokens in printed order. */
export interface Fragment {
  tokens: Token[];
  lines: LineSpan;
}

export type FragmentIssue = Extract<ParseIssue, { kind: 'skipped-lines' | 'dateline-removed' }>;

/**
 * A wrapped title's tail is short and has no sentence punctuation; a commentary paragraph that
 * happens to follow an item has a full stop or runs long. Titles in this list never contain 。
 */
function continuesTitle(text: string): boolean {
  return text.length <= 60 && !/[。；？]/.test(text);
}

/**
 * Groups classified lines into fragments. A fragment ends at anything that is not list text
 * (commentary, page furniture, a dateline) and wherever item numbering jumps without a heading in
 * between: either way the next text came from somewhere else on the page.
 */
export function toFragments(lines: Line[]): { fragments: Fragment[]; issues: FragmentIssue[] } {
  const fragments: Fragment[] = [];
  const issues: FragmentIssue[] = [];
  let current: Fragment | null = null;
  // The item a following text line may continue; null once anything else intervenes.
  let openItem: Extract<Token, { kind: 'item' }> | null = null;
  let skipped: { reason: SkipReason; first: number; last: number; text: string } | null = null;

  const flushSkipped = () => {
    if (!skipped) return;
    const { reason, first, last, text } = skipped;
    issues.push({ kind: 'skipped-lines', reason, lines: [first, last], text });
    skipped = null;
  };
  const skip = (reason: SkipReason, line: number, text: string) => {
    current = null;
    openItem = null;
    if (skipped?.reason === reason) skipped.last = line;
    else {
      flushSkipped();
      skipped = { reason, first: line, last: line, text: text.slice(0, 80) };
    }
  };
  const push = (token: Token, line: number) => {
    flushSkipped();
    const last = current?.tokens.at(-1);
    const jump = token.kind === 'item' && last?.kind === 'item' && token.number !== last.number + 1;
    if (!current || jump) {
      current = { tokens: [], lines: [line, line] };
      fragments.push(current);
    }
    current.tokens.push(token);
    current.lines = [current.lines[0], line];
  };

  for (const line of lines) {
    switch (line.kind) {
      case 'blank':
        break;
      case 'noise':
        skip(line.reason, line.line, line.text);
        break;
      case 'section':
      case 'category':
        openItem = null;
        push(line, line.line);
        break;
      case 'item': {
        const item = {
          kind: 'item' as const,
          number: line.number,
          title: '',
          lines: [line.line, line.line] as LineSpan,
        };
        push(item, line.line);
        openItem = appendText(item, line.text, line.line, issues) ? item : null;
        break;
      }
      case 'text':
        if (openItem && continuesTitle(line.text)) {
          const item: Extract<Token, { kind: 'item' }> = openItem;
          item.lines = [item.lines[0], line.line];
          if (current) current.lines = [current.lines[0], line.line];
          if (!appendText(item, line.text, line.line, issues)) openItem = null;
        } else {
          skip('commentary', line.line, line.text);
        }
        break;
    }
  }
  flushSkipped();
  return { fragments, issues };
}

/**
 * Adds a line's text to an item's title. A dateline stuck to the end closes the article the item
 * ended, so the item can take no more text: returns false then.
 */
function appendText(
  item: Extract<Token, { kind: 'item' }>,
  text: string,
  line: number,
  issues: FragmentIssue[],
): boolean {
  const dateline = DATELINE.exec(text);
  const kept = dateline ? text.slice(0, dateline.index) : text;
  item.title = tidy(item.title + kept);
  if (!dateline) return true;
  issues.push({ kind: 'dateline-removed', line, text: dateline[0] });
  return false;
}
