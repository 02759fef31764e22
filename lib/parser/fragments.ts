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

const TRAILING_DATELINE = new RegExp(`\\s*${DATELINE.source}\\s*$`);

export type FragmentIssue = Extract<ParseIssue, { kind: 'skipped-lines' | 'dateline-removed' }>;

/**
 * A dateline that ends an item: stuck to its title, or on a line of its own with nothing but
 * blank lines after the item. That is how the list's own dispatch closes it, which commentary
 * datelines, ending paragraphs of prose, never do.
 */
export interface ClosingDateline {
  text: string;
  line: number;
  /** The first line of the item it closes. */
  item: number;
}

/**
 * A wrapped title's tail has no sentence punctuation and no reported speech; commentary that
 * happens to follow an item has both. Titles in this list never contain 。；？
 */
function continuesTitle(text: string): boolean {
  return text.length <= 120 && !/[。；？]/.test(text) && !/[说道][，,:：]/.test(text);
}

/**
 * Groups classified lines into fragments. A fragment ends at anything that is not list text
 * (commentary, page furniture, a dateline) and wherever an item is not the number that must come
 * next (n+1 after n, 1 after a section heading or （一）): the next text came from elsewhere.
 */
export function toFragments(lines: Line[]): {
  fragments: Fragment[];
  issues: FragmentIssue[];
  datelines: ClosingDateline[];
} {
  const fragments: Fragment[] = [];
  const issues: FragmentIssue[] = [];
  const datelines: ClosingDateline[] = [];
  let current = null as Fragment | null;
  // The number the next item must have to continue the current fragment; null when unknown.
  let expected: number | null = null;
  // The item a following text line may continue; null once anything else intervenes.
  let openItem: Extract<Token, { kind: 'item' }> | null = null;
  let skipped = null as { reason: SkipReason; first: number; last: number; text: string } | null;

  const flushSkipped = () => {
    if (!skipped) return;
    const { reason, first, last, text } = skipped;
    issues.push({ kind: 'skipped-lines', reason, lines: [first, last], text });
    skipped = null;
  };
  const skip = (reason: SkipReason, line: number, text: string) => {
    current = null;
    expected = null;
    openItem = null;
    if (skipped?.reason === reason) skipped.last = line;
    else {
      flushSkipped();
      skipped = { reason, first: line, last: line, text: text.slice(0, 80) };
    }
  };
  const push = (token: Token, line: number) => {
    flushSkipped();
    const jump = token.kind === 'item' && expected !== null && token.number !== expected;
    if (token.kind === 'item') expected = token.number + 1;
    else if (token.kind === 'section' || token.ordinal === 1) expected = 1;
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
        if (line.reason === 'dateline' && openItem) {
          datelines.push({ text: line.text, line: line.line, item: openItem.lines[0] });
        }
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
        openItem = appendText(item, line.text, line.line, issues, datelines) ? item : null;
        break;
      }
      case 'text':
        if (openItem && continuesTitle(line.text)) {
          const item: Extract<Token, { kind: 'item' }> = openItem;
          item.lines = [item.lines[0], line.line];
          if (current) current.lines = [current.lines[0], line.line];
          if (!appendText(item, line.text, line.line, issues, datelines)) openItem = null;
        } else {
          skip('commentary', line.line, line.text);
        }
        break;
    }
  }
  flushSkipped();
  return { fragments, issues, datelines };
}

/**
 * Adds a line's text to an item's title. A dateline at the end (whole, or completed by this line)
 * closes the article the item ended, so the item takes no more text: returns false then.
 */
function appendText(
  item: Extract<Token, { kind: 'item' }>,
  text: string,
  line: number,
  issues: FragmentIssue[],
  datelines: ClosingDateline[],
): boolean {
  const joined = item.title + text;
  const dateline = TRAILING_DATELINE.exec(joined);
  item.title = tidy(dateline ? joined.slice(0, dateline.index) : joined);
  if (!dateline) return true;
  const removed = dateline[0].trim();
  issues.push({ kind: 'dateline-removed', line, text: removed });
  datelines.push({ text: removed, line, item: item.lines[0] });
  return false;
}
