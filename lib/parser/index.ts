import { buildList } from './build';
import { decodeSource } from './decode';
import { SourceError } from './errors';
import { toFragments } from './fragments';
import { classifyLines } from './lines';
import { readFragment } from './place';
import { readPublication } from './publication';
import { placeFragments } from './resolve';
import { SECTION_COUNT } from './sections';
import type { ParsedList } from './types';

export { SourceError } from './errors';

/**
 * Text of a copy of the list → the list's structure and items, with everything that does not
 * add up reported in `issues`. Throws SourceError when the text holds no usable list.
 */
export function parseList(text: string): ParsedList {
  const lines = classifyLines(text.replace(/^\ufeff/, ''));
  const { fragments, issues: lineIssues, datelines } = toFragments(lines);
  const local = fragments.map(readFragment);
  if (!local.some((f) => f.items.length > 0)) {
    throw new SourceError('no numbered items found: this text does not contain the list');
  }
  if (!local.some((f) => f.sections.length > 0 || f.categories.length > 0)) {
    throw new SourceError('no section or category headings found: the items cannot be placed');
  }
  const { sections, items, issues } = buildList(
    placeFragments(local, SECTION_COUNT),
    SECTION_COUNT,
  );
  if (items.length === 0) {
    throw new SourceError('no item could be placed in a section of the list');
  }
  const title = lines.find((l) => l.kind === 'noise' && l.reason === 'list-title');
  return {
    title: title?.kind === 'noise' ? title.text : null,
    publication: readPublication(lines, datelines, items),
    sections,
    items,
    issues: [...lineIssues, ...issues],
  };
}

/** Bytes of a source file → ParsedList; the one entry point for files. */
export function parseSource(bytes: Uint8Array): ParsedList {
  return parseList(decodeSource(bytes));
}
